import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  type CreateReferral,
  EXPLOITATION_FORMS,
  ExploitationForm,
  type ReferralVictim,
  Sex,
  SEXES,
  Source,
  SOURCES,
  type Transnational,
  URGENCIES,
  Urgency,
} from '@ibd/shared/contracts';
import { ReferralConsentDto } from './consent.dto';
import { Trim, TrimUpper } from '@ibd/api/core';

/** A person new to the system: statistical attributes only, never identity. */
export class ReferralVictimDto implements ReferralVictim {
  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2', example: 'BG' })
  @IsOptional()
  @TrimUpper()
  @IsISO31661Alpha2()
  citizenship?: string;

  @ApiPropertyOptional({ example: 1999 })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  birthYear?: number;

  @ApiPropertyOptional({
    enum: EXPLOITATION_FORMS,
    isArray: true,
    description: 'used when the receiving facility opens the case',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(EXPLOITATION_FORMS.length)
  @IsIn(EXPLOITATION_FORMS, { each: true, message: '$property must contain only known forms of exploitation' })
  exploitationForms?: ExploitationForm[];
}

export class TransnationalDto implements Transnational {
  @ApiProperty({ description: 'the other country, ISO 3166-1 alpha-2', example: 'DE' })
  @TrimUpper()
  @IsISO31661Alpha2()
  country!: string;
}

export class CreateReferralDto implements CreateReferral {
  @ApiProperty({ description: 'the receiving facility or agency unit' })
  @IsUUID('all', { message: 'toUnitId must be a UUID' })
  toUnitId!: string;

  @ApiPropertyOptional({
    enum: SOURCES,
    description: 'the outside source the person came from; default: the sending unit',
  })
  @IsOptional()
  @IsIn(SOURCES)
  source?: Source;

  @ApiPropertyOptional({ description: 'an existing case; or give `victim` for a person new to the system' })
  @ValidateIf((dto: CreateReferralDto) => dto.victim === undefined || dto.caseId !== undefined)
  @IsUUID('all', { message: 'caseId must be a UUID (or give a victim summary for a person new to the system)' })
  caseId?: string;

  @ApiPropertyOptional({ type: ReferralVictimDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReferralVictimDto)
  victim?: ReferralVictimDto;

  @ApiProperty({ maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiProperty({ enum: URGENCIES })
  @IsIn(URGENCIES)
  urgency!: Urgency;

  @ApiProperty({ type: ReferralConsentDto })
  @IsDefined({ message: "consent is required: record the person's informed consent to the referral" })
  @IsObject()
  @ValidateNested()
  @Type(() => ReferralConsentDto)
  consent!: ReferralConsentDto;

  @ApiPropertyOptional({ type: TransnationalDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TransnationalDto)
  transnational?: TransnationalDto;
}
