import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@ibd/shared/contracts';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { DuringEnrolment, Roles } from '@ibd/api/core';
import { AuthService } from '../auth.service';
import { CodeDto } from '../dto/auth.dto';
import { SecondFactorService } from './second-factor.service';

/** The caller's own second factor. */
@ApiTags('auth')
@ApiBearerAuth()
@Roles(...ROLES)
@Controller('auth/mfa')
export class MfaController {
  constructor(
    private readonly secondFactor: SecondFactorService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  status(@CurrentActor() actor: Actor) {
    return this.secondFactor.status(actor);
  }

  /** `{ secret, otpauthUri }` for the authenticator app: the only time the secret leaves the API. */
  @DuringEnrolment()
  @Post('enrolment')
  start(@CurrentActor() actor: Actor) {
    return this.secondFactor.startEnrolment(actor);
  }

  /** The first code confirms the enrolment → `{ recoveryCodes }`, shown once. */
  @DuringEnrolment()
  @Post('enrolment/confirm')
  @HttpCode(HttpStatus.OK)
  confirm(@CurrentActor() actor: Actor, @Body() dto: CodeDto) {
    return this.secondFactor.confirmEnrolment(actor, dto.code);
  }

  /** A new set of recovery codes for a current code; the old set is void. */
  @Post('recovery-codes')
  @HttpCode(HttpStatus.OK)
  renewRecoveryCodes(@CurrentActor() actor: Actor, @Body() dto: CodeDto) {
    return this.auth.renewRecoveryCodes(actor, dto.code);
  }
}
