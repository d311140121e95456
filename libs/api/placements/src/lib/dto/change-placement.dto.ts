import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import {
  DISCHARGE_DESTINATIONS,
  DISCHARGE_REASONS,
  DischargeDestination,
  type DischargePlacement,
  DischargeReason,
  type ExtendPlacement,
  EXTENSION_PROPOSERS,
  ExtensionProposer,
  type MovePlacement,
  type OnwardReferral,
} from '@ibd/shared/contracts';
import { CreateReferralDto } from '@ibd/api/referrals';
import { IsDateOnly, IsPastTimestamp, Trim } from '@ibd/api/core';

export class ExtendPlacementDto implements ExtendPlacement {
  @ApiProperty({ example: '2027-01-15', description: 'the new end of the term; later than the current one' })
  @IsDateOnly()
  until!: string;

  @ApiProperty({ maxLength: 1000 })
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason!: string;

  @ApiProperty({ maxLength: 500, example: 'ЗБТХ чл. 9 ал. 3' })
  @Trim()
  @IsString()
  @Length(1, 500)
  basis!: string;

  @ApiPropertyOptional({ enum: EXTENSION_PROPOSERS, default: 'shelter' })
  @IsOptional()
  @IsIn(EXTENSION_PROPOSERS)
  proposer?: ExtensionProposer;
}

/** The referral sent on when the resident leaves (e.g. to ДСП for social services): the fields of a referral for the case. */
export class OnwardReferralDto
  extends PickType(CreateReferralDto, ['toUnitId', 'reason', 'urgency', 'consent', 'source', 'transnational'] as const)
  implements OnwardReferral {}

export class DischargePlacementDto implements DischargePlacement {
  @ApiProperty({ example: '2026-12-20T10:00:00+02:00' })
  @IsPastTimestamp()
  dischargedAt!: string;

  @ApiProperty({ enum: DISCHARGE_REASONS })
  @IsIn(DISCHARGE_REASONS)
  reason!: DischargeReason;

  @ApiProperty({ enum: DISCHARGE_DESTINATIONS })
  @IsIn(DISCHARGE_DESTINATIONS)
  destination!: DischargeDestination;

  @ApiPropertyOptional({ type: OnwardReferralDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OnwardReferralDto)
  onwardReferral?: OnwardReferralDto;
}

export class MovePlacementDto implements MovePlacement {
  @ApiProperty()
  @IsUUID('all', { message: 'bedId must be a UUID' })
  bedId!: string;

  @ApiProperty({ example: '2026-11-22T09:00:00+02:00' })
  @IsPastTimestamp()
  at!: string;
}
