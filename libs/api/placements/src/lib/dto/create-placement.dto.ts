import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsDefined, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsPastDate, IsPastTimestamp } from '@ibd/api/core';
import type { CreatePlacement, PlacementConsent } from '@ibd/shared/contracts';

export class PlacementConsentDto implements PlacementConsent {
  @ApiProperty({ enum: [true] })
  @Equals(true, { message: "$property must be true: the person's consent to the placement is required" })
  given!: true;

  @ApiPropertyOptional({ example: '2026-11-20', description: 'default: the admission date' })
  @IsOptional()
  @IsPastDate()
  date?: string;
}

export class CreatePlacementDto implements CreatePlacement {
  @ApiProperty()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId!: string;

  @ApiProperty()
  @IsUUID('all', { message: 'facilityId must be a UUID' })
  facilityId!: string;

  @ApiPropertyOptional({ description: 'default: a free bed chosen by the server' })
  @IsOptional()
  @IsUUID('all', { message: 'bedId must be a UUID' })
  bedId?: string;

  @ApiProperty({ example: '2026-11-20T14:30:00+02:00' })
  @IsPastTimestamp()
  admittedAt!: string;

  @ApiProperty({ type: PlacementConsentDto })
  @IsDefined({ message: "consent is required: record the person's consent to the placement" })
  @IsObject()
  @ValidateNested()
  @Type(() => PlacementConsentDto)
  consent!: PlacementConsentDto;

  @ApiPropertyOptional({ description: 'the accepted referral the person arrived with: the admission completes it' })
  @IsOptional()
  @IsUUID('all', { message: 'referralId must be a UUID' })
  referralId?: string;
}
