import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@ibd/shared/contracts';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { PageQuery, Roles, UuidParam } from '@ibd/api/core';
import { CreateServiceRecordDto, CreateServiceTypeDto } from './dto/service.dto';
import { ServiceRecordsService } from './service-records.service';

@ApiTags('services')
@ApiBearerAuth()
@Controller()
export class ServiceRecordsController {
  constructor(private readonly services: ServiceRecordsService) {}

  /** The catalogue: every role needs its labels (forms, statistics, user administration). */
  @Roles(...ROLES)
  @Get('service-types')
  types() {
    return this.services.types();
  }

  @Roles('admin')
  @Post('service-types')
  createType(@Body() dto: CreateServiceTypeDto, @CurrentActor() actor: Actor) {
    return this.services.createType(dto, actor);
  }

  @Roles('shelter_staff')
  @Post('cases/:id/services')
  record(@UuidParam() id: string, @Body() dto: CreateServiceRecordDto, @CurrentActor() actor: Actor) {
    return this.services.record(id, dto, actor);
  }

  @Roles('shelter_staff', 'social_worker', 'monitor')
  @Get('cases/:id/services')
  list(@UuidParam() id: string, @Query() query: PageQuery, @CurrentActor() actor: Actor) {
    return this.services.list(id, query, actor);
  }
}
