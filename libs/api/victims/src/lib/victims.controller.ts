import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { Roles, UuidParam } from '@ibd/api/core';
import { CreateVictimDto, UpdateVictimDto } from './dto/victim.dto';
import { VictimsService } from './victims.service';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class VictimsController {
  constructor(private readonly victims: VictimsService) {}

  @Roles('shelter_staff')
  @Post()
  create(@Body() dto: CreateVictimDto, @CurrentActor() actor: Actor) {
    return this.victims.create(dto, actor);
  }

  @Roles('shelter_staff', 'social_worker', 'monitor')
  @Get(':id')
  get(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.victims.get(id, actor);
  }

  @Roles('shelter_staff')
  @Patch(':id')
  update(@UuidParam() id: string, @Body() dto: UpdateVictimDto, @CurrentActor() actor: Actor) {
    return this.victims.update(id, dto, actor);
  }
}
