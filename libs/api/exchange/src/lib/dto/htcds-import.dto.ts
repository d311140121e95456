import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { URGENCIES, Urgency } from '@ibd/shared/contracts';
import {
  CTDC_AGE_BANDS,
  CTDC_MAJORITY_STATUSES,
  type CtdcAgeBand,
  type CtdcMajorityStatus,
  HTCDS_DECISION_ORGS,
  HTCDS_EVENT_TYPES,
  HTCDS_EXPLOITATION_TYPES,
  HTCDS_GENDERS,
  HTCDS_METHODS_OF_CONTROL,
  HTCDS_RELATIONSHIPS,
  HTCDS_VERSION,
  type HtcdsDecisionOrg,
  type HtcdsEventType,
  type HtcdsExploitationType,
  type HtcdsGender,
  type HtcdsMethodOfControl,
  type HtcdsRelationship,
  type HtcdsTraffickingStatus,
  toAlpha2,
} from '@ibd/api/interchange';
import { IsPastDate, Trim } from '@ibd/api/core';

/** alpha-3 or any case becomes alpha-2; anything else is left for the validator to refuse. */
const country = (value: unknown) => (typeof value === 'string' ? (toAlpha2(value) ?? value) : value);
const countries = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(country) : value);
const COUNTRY = { message: '$property must be an ISO 3166-1 alpha-2 or alpha-3 country code' };
/** The workbook spells `Unaquainted`; the correct spelling is accepted too. */
const relationship = ({ value }: { value: unknown }) => (value === 'Unacquainted' ? 'Unaquainted' : value);
const each = (list: readonly string[], what: string) => ({
  each: true,
  message: `$property must contain only ${what}: ${list.join(', ')}`,
});
const oneOf = (list: readonly string[]) => ({ message: `$property must be one of: ${list.join(', ')}` });

/** ИБД imports people who are, or may be, victims: `NotAVictimOfTrafficking` is refused. */
const IMPORTED_STATUSES = ['PossibleVictimOfTrafficking', 'ActualVictimOfTrafficking'] as const;

export class HtcdsEventDto {
  @ApiProperty({ enum: HTCDS_EVENT_TYPES })
  @IsIn(HTCDS_EVENT_TYPES, oneOf(HTCDS_EVENT_TYPES))
  hte_Type!: HtcdsEventType;

  @ApiProperty({ example: 'DE' })
  @Transform(({ value }) => country(value))
  @IsISO31661Alpha2(COUNTRY)
  hte_Country!: string;
}

/**
 * An HTCDS record from a partner abroad (docs/interchange.md): every field is checked and named in
 * the error; fields ИБД does not hold are unknown fields (400), never dropped.
 */
export class HtcdsImportDto {
  @ApiProperty({ enum: [HTCDS_VERSION] })
  @Equals(HTCDS_VERSION, { message: `htcdsVersion must be "${HTCDS_VERSION}"` })
  htcdsVersion!: typeof HTCDS_VERSION;

  @ApiProperty({ maxLength: 200, description: 'the referring organisation' })
  @Trim()
  @IsString()
  @Length(1, 200)
  org_Name!: string;

  @ApiProperty({ example: 'DE', description: "the referring organisation's country" })
  @Transform(({ value }) => country(value))
  @IsISO31661Alpha2(COUNTRY)
  org_ShippingCountry!: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  prs_FirstName?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  prs_MiddleName?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'the family name' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  prs_SecondName?: string;

  @ApiPropertyOptional({ example: '1999-04-01' })
  @IsOptional()
  @IsPastDate()
  prs_Birthdate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()-]{3,32}$/, { message: 'prs_MobilePhone must be a phone number' })
  prs_MobilePhone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  prs_Email?: string;

  @ApiProperty({ enum: HTCDS_GENDERS })
  @IsIn(HTCDS_GENDERS, oneOf(HTCDS_GENDERS))
  prs_Gender!: HtcdsGender;

  @ApiPropertyOptional({ type: [String], description: 'ISO 3166-1; ИБД records one citizenship' })
  @IsOptional()
  @Transform(countries)
  @IsArray()
  @ArrayMaxSize(1, { message: 'prs_Citizenship must name at most one country: ИБД records one citizenship' })
  @IsISO31661Alpha2({ each: true, ...COUNTRY })
  prs_Citizenship?: string[];

  @ApiPropertyOptional({ enum: CTDC_AGE_BANDS, nullable: true, description: 'derived: checked, not stored' })
  @IsOptional()
  @IsIn(CTDC_AGE_BANDS, oneOf(CTDC_AGE_BANDS))
  ageBroad?: CtdcAgeBand | null;

  @ApiPropertyOptional({ enum: CTDC_MAJORITY_STATUSES, nullable: true })
  @IsOptional()
  @IsIn(CTDC_MAJORITY_STATUSES, oneOf(CTDC_MAJORITY_STATUSES))
  majorityStatus?: CtdcMajorityStatus | null;

  @ApiProperty({ enum: IMPORTED_STATUSES })
  @IsIn(IMPORTED_STATUSES, oneOf(IMPORTED_STATUSES))
  vic_TraffickingStatus!: HtcdsTraffickingStatus;

  @ApiProperty({ enum: HTCDS_DECISION_ORGS, description: 'who identified the person' })
  @IsIn(HTCDS_DECISION_ORGS, oneOf(HTCDS_DECISION_ORGS))
  vic_TraffickingStatusDecisionMakingOrg!: HtcdsDecisionOrg;

  @ApiProperty({ enum: HTCDS_EXPLOITATION_TYPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(HTCDS_EXPLOITATION_TYPES.length)
  @ArrayUnique()
  @IsIn(HTCDS_EXPLOITATION_TYPES, each(HTCDS_EXPLOITATION_TYPES, 'HTCDS types of exploitation'))
  vic_TypeOfExploitation!: HtcdsExploitationType[];

  @ApiPropertyOptional({ enum: HTCDS_METHODS_OF_CONTROL, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(HTCDS_METHODS_OF_CONTROL.length)
  @ArrayUnique()
  @IsIn(HTCDS_METHODS_OF_CONTROL, each(HTCDS_METHODS_OF_CONTROL, 'HTCDS methods of control'))
  vic_MethodsOfControl?: HtcdsMethodOfControl[];

  @ApiPropertyOptional({ enum: HTCDS_RELATIONSHIPS, nullable: true })
  @IsOptional()
  @Transform(relationship)
  @IsIn(HTCDS_RELATIONSHIPS, oneOf(HTCDS_RELATIONSHIPS))
  vic_RelationshipToTrafficker?: HtcdsRelationship | null;

  @ApiPropertyOptional({ type: [HtcdsEventDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsObject({ each: true, message: 'each of hte_Events must be an object { hte_Type, hte_Country }' })
  @ValidateNested({ each: true })
  @Type(() => HtcdsEventDto)
  hte_Events?: HtcdsEventDto[];

  @ApiPropertyOptional({ nullable: true, example: 1999 })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  ibd_BirthYear?: number | null;

  @ApiPropertyOptional({ example: '2026-02-03', description: 'identification date; default: today' })
  @IsOptional()
  @IsPastDate()
  ibd_IdentifiedOn?: string;

  @ApiPropertyOptional({ nullable: true, example: '2026-02-20' })
  @IsOptional()
  @IsPastDate()
  ibd_FormalIdentifiedOn?: string | null;

  @ApiPropertyOptional({ type: [String], description: "ИБД's service type codes" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[a-z][a-z0-9_]{1,47}$/, { each: true, message: 'each of ibd_AssistanceTypes must be a service type code' })
  ibd_AssistanceTypes?: string[];

  @ApiProperty({ example: '2026-03-01', description: "the person's consent to the referral" })
  @IsPastDate()
  ibd_ConsentDate!: string;

  @ApiPropertyOptional({ description: 'whether identity may travel; default false' })
  @IsOptional()
  @IsBoolean()
  ibd_ConsentIncludesIdentity?: boolean;
}

export class ImportReferralQuery {
  @ApiProperty({ description: 'the facility that is to take the person on' })
  @IsUUID('all', { message: 'toUnitId must be a UUID' })
  toUnitId!: string;

  @ApiPropertyOptional({ enum: URGENCIES, default: 'normal' })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;
}
