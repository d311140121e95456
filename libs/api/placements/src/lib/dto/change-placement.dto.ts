import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
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
  Source,
  SOURCES,
  URGENCIES,
  Urgency,
} from '@ibd/shared/contracts';
import { ReferralConsentDto, TransnationalDto } from '@ibd/api/referrals';
import { IsDateOnly, IsPastTimestamp } from '@ibd/api/victims';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ExtendPlacementDto implements ExtendPlacement {
  @ApiProperty({ example: '2027-01-15', description: 'the new end of the term; later than the current one' })
  @IsDateOnly()
  until!: string;

  @ApiProperty({ maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  reason!: string;

  @ApiProperty({ maxLength: 500, example: 'ЗБТХ чл. 9 ал. 3' })
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  basis!: string;

  @ApiPropertyOptional({ enum: EXTENSION_PROPOSERS, default: 'shelter' })
  @IsOptional()
  @IsIn(EXTENSION_PROPOSERS)
  proposer?: ExtensionProposer;
}

/** The referral sent on when the resident leaves (e.g. to ДСП for social services). */
export class OnwardReferralDto implements OnwardReferral {
  @ApiProperty()
  @IsUUID('all', { message: 'toUnitId must be a UUID' })
  toUnitId!: string;

  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiProperty({ enum: URGENCIES })
  @IsIn(URGENCIES)
  urgency!: Urgency;

  @ApiProperty({ type: ReferralConsentDto })
  @IsObject({ message: "consent is required: record the person's informed consent to the referral" })
  @ValidateNested()
  @Type(() => ReferralConsentDto)
  consent!: ReferralConsentDto;

  @ApiPropertyOptional({ enum: SOURCES })
  @IsOptional()
  @IsIn(SOURCES)
  source?: Source;

  @ApiPropertyOptional({ type: TransnationalDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TransnationalDto)
  transnational?: TransnationalDto;
}

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
