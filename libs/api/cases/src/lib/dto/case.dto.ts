import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO31661Alpha2,
  IsObject,
  IsOptional,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CLOSURE_REASONS,
  ClosureReason,
  EXPLOITATION_FORMS,
  ExploitationForm,
  MEANS_OF_CONTROL,
  MeansOfControl,
  RECRUITER_RELATIONSHIPS,
  RecruiterRelationship,
  SOURCES,
  Source,
  type TransnationalConsentRequest,
  type CaseDetails,
  type CreateCase,
  type UpdateCase,
  type CloseCase,
} from '@ibd/shared/contracts';
import { IsPastDate } from '@ibd/api/core';

const upperEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim().toUpperCase() : item)) : value;

/** The person's consent to a transnational referral (TRM); an HTCDS export needs it (docs/interchange.md). */
export class TransnationalConsentDto implements TransnationalConsentRequest {
  @ApiProperty()
  @IsBoolean()
  given!: boolean;

  @ApiPropertyOptional({ example: '2026-03-05', description: 'when the consent was given; required when given' })
  @ValidateIf((consent: TransnationalConsentDto) => consent.given === true)
  @IsPastDate()
  date?: string;

  @ApiPropertyOptional({ description: "whether the person's identity may travel with the referral; default false" })
  @IsOptional()
  @IsBoolean()
  includesIdentity?: boolean;
}

export class CaseDetailsDto implements CaseDetails {
  @ApiProperty({ example: '2026-03-02', description: 'informal identification date' })
  @IsPastDate()
  identifiedAt!: string;

  @ApiProperty({ enum: SOURCES })
  @IsIn(SOURCES)
  identifiedBy!: Source;

  @ApiPropertyOptional({ example: '2026-03-10', description: 'formal identification date (prosecution)' })
  @IsOptional()
  @IsPastDate()
  formalIdentifiedAt?: string;

  @ApiPropertyOptional({ enum: SOURCES })
  @IsOptional()
  @IsIn(SOURCES)
  formalIdentifiedBy?: Source;

  @ApiProperty({ enum: EXPLOITATION_FORMS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(EXPLOITATION_FORMS, { each: true })
  exploitationForms!: ExploitationForm[];

  @ApiPropertyOptional({ type: [String], description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(upperEach)
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsISO31661Alpha2({ each: true })
  recruitmentCountries?: string[];

  @ApiPropertyOptional({ type: [String], description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(upperEach)
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsISO31661Alpha2({ each: true })
  exploitationCountries?: string[];

  @ApiPropertyOptional({ description: 'default: true when a country other than BG is named' })
  @IsOptional()
  @IsBoolean()
  transnational?: boolean;

  @ApiPropertyOptional({ enum: MEANS_OF_CONTROL, isArray: true, description: 'HTCDS methods of control' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEANS_OF_CONTROL.length)
  @ArrayUnique()
  @IsIn(MEANS_OF_CONTROL, { each: true, message: '$property must contain only known means of control' })
  meansOfControl?: MeansOfControl[];

  @ApiPropertyOptional({ enum: RECRUITER_RELATIONSHIPS, nullable: true, description: 'null: not recorded' })
  @IsOptional()
  @IsIn(RECRUITER_RELATIONSHIPS)
  recruiterRelationship?: RecruiterRelationship | null;

  @ApiPropertyOptional({ type: TransnationalConsentDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TransnationalConsentDto)
  transnationalConsent?: TransnationalConsentDto;
}

export class CreateCaseDto extends CaseDetailsDto implements CreateCase {
  @ApiProperty()
  @IsUUID()
  victimId!: string;

  @ApiPropertyOptional({ description: "default: the caller's facility, the only one allowed" })
  @IsOptional()
  @IsUUID()
  facilityId?: string;
}

export class UpdateCaseDto extends PartialType(CaseDetailsDto) implements UpdateCase {}

export class CloseCaseDto implements CloseCase {
  @ApiProperty({ enum: CLOSURE_REASONS })
  @IsIn(CLOSURE_REASONS)
  reason!: ClosureReason;
}
