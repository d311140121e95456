import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@ibd/shared/contracts';
import { Roles } from '@ibd/api/core';
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

  // GET facilities/:id/beds, the bed board with its occupants, is served by @ibd/api/placements.
}
