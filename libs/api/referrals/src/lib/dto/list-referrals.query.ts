import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  REFERRAL_BOXES,
  REFERRAL_STATUSES,
  ReferralBox,
  ReferralStatus,
  URGENCIES,
  Urgency,
} from '@ibd/shared/contracts';
import { PageQuery } from '@ibd/api/core';

export class ListReferralsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: REFERRAL_BOXES,
    description: "inbox: to the caller's unit; outbox: from it; default both",
  })
  @IsOptional()
  @IsIn(REFERRAL_BOXES)
  box?: ReferralBox;

  @ApiPropertyOptional({ enum: REFERRAL_STATUSES })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;

  @ApiPropertyOptional({ enum: URGENCIES })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  caseId?: string;
}
