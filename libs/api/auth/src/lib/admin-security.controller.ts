import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { PageQuery, Roles, UuidParam } from '@ibd/api/core';
import { UsersService } from '@ibd/api/users';
import { MfaPolicyDto } from './dto/auth.dto';
import { MfaPolicyService } from './mfa/mfa-policy.service';
import { SecondFactorService } from './mfa/second-factor.service';
import { SessionsService } from './sessions/sessions.service';

/** Admins: a user's second factor and sessions (a lost phone, a shared computer, a leaver). */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users/:id')
export class AdminSecurityController {
  constructor(
    private readonly users: UsersService,
    private readonly secondFactor: SecondFactorService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('mfa')
  async status(@UuidParam() id: string) {
    return this.secondFactor.status(await this.users.get(id));
  }

  /** Removes the user's second factor and recovery codes and ends their sessions; they enrol again. */
  @Delete('mfa')
  @HttpCode(HttpStatus.NO_CONTENT)
  async reset(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    await this.users.get(id);
    await this.secondFactor.reset(actor, id);
  }

  @Get('sessions')
  async list(@UuidParam() id: string, @Query() query: PageQuery) {
    await this.users.get(id);
    return this.sessions.list(id, undefined, query);
  }

  @Delete('sessions')
  @HttpCode(HttpStatus.OK)
  async end(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    await this.users.get(id);
    return { ended: (await this.sessions.endMany(id, {}, actor)).length };
  }
}

/** Admins: which roles must use a second factor (while MFA_REQUIRED is on). */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('mfa-policies')
export class MfaPoliciesController {
  constructor(private readonly policy: MfaPolicyService) {}

  @Get()
  list() {
    return this.policy.list();
  }

  @Patch(':role')
  update(@Param('role') role: string, @Body() dto: MfaPolicyDto, @CurrentActor() actor: Actor) {
    return this.policy.update(role, dto.required, actor);
  }
}
