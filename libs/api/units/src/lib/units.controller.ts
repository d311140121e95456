import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@ibd/shared/contracts';
import { AuthUser, CurrentUser, Roles, UuidParam } from '@ibd/api/core';
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

  @Roles('shelter_staff', 'monitor', 'admin')
  @Get('facilities/:id/beds')
  async beds(@UuidParam() id: string, @CurrentUser() user: AuthUser) {
    const beds = await this.units.bedBoard(id, user);
    return beds.map(({ id: bedId, code, label, active }) => ({ id: bedId, code, label, active }));
  }
}
