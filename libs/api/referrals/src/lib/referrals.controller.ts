import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { Roles, UuidParam } from '@ibd/api/core';
import { AcceptReferralDto, DeclineReferralDto } from './dto/answer-referral.dto';
import { CreateReferralDto } from './dto/create-referral.dto';
import { ListReferralsQuery } from './dto/list-referrals.query';
import { ReferralTransitionsService } from './referral-transitions.service';
import { ReferralsService } from './referrals.service';

/** Units that send and receive referrals; monitors read them by code. */
const PARTIES = ['shelter_staff', 'social_worker'] as const;

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly transitions: ReferralTransitionsService,
  ) {}

  @Roles(...PARTIES)
  @Post()
  create(@Body() dto: CreateReferralDto, @CurrentActor() actor: Actor) {
    return this.referrals.create(dto, actor);
  }

  @Roles(...PARTIES, 'monitor')
  @Get()
  list(@Query() query: ListReferralsQuery, @CurrentActor() actor: Actor) {
    return this.referrals.list(query, actor);
  }

  @Roles(...PARTIES, 'monitor')
  @Get(':id')
  get(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.referrals.get(id, actor);
  }

  @Roles(...PARTIES)
  @Post(':id/accept')
  @HttpCode(HttpStatus.OK)
  accept(@UuidParam() id: string, @Body() dto: AcceptReferralDto, @CurrentActor() actor: Actor) {
    return this.transitions.accept(id, dto, actor);
  }

  @Roles(...PARTIES)
  @Post(':id/decline')
  @HttpCode(HttpStatus.OK)
  decline(@UuidParam() id: string, @Body() dto: DeclineReferralDto, @CurrentActor() actor: Actor) {
    return this.transitions.decline(id, dto, actor);
  }

  @Roles(...PARTIES)
  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  withdraw(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.transitions.withdraw(id, actor);
  }

  @Roles(...PARTIES)
  @Post(':id/complete')
  @HttpCode(HttpStatus.OK)
  complete(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.transitions.complete(id, actor);
  }
}
