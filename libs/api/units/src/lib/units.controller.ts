import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@ibd/shared/contracts';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { Roles, UuidParam } from '@ibd/api/core';
import { CreateBedDto, UpdateBedDto } from './dto/bed.dto';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller()
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  /** Facilities and agency units: every signed-in user needs them to address referrals or users. */
  @Roles(...ROLES)
  @Get('units')
  list() {
    return this.units.list();
  }

  @Roles(...ROLES)
  @Get('facilities')
  facilities() {
    return this.units.facilities();
  }

  @Roles('admin')
  @Post('facilities/:id/beds')
  addBed(@UuidParam() id: string, @Body() dto: CreateBedDto, @CurrentActor() actor: Actor) {
    return this.units.addBed(id, dto, actor);
  }

  @Roles('admin')
  @Patch('beds/:id')
  updateBed(@UuidParam() id: string, @Body() dto: UpdateBedDto, @CurrentActor() actor: Actor) {
    return this.units.updateBed(id, dto, actor);
  }

  // GET facilities/:id/beds, the bed board with its occupants, is served by @ibd/api/placements.
}
