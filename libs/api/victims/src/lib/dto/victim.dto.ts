import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import {
  IDENTITY_DOCUMENT_TYPES,
  SEXES,
  Sex,
  type IdentityDocument,
  type VictimIdentity,
  type VictimAttributes,
  type CreateVictim,
  type UpdateVictim,
  type IdentityDocumentType,
} from '@ibd/shared/contracts';
import {
  isValidPersonalNumber,
  normalizePersonalNumber,
  PERSONAL_NUMBER_TYPES,
  PersonalNumberType,
} from '@ibd/api/identity';
import { IsDateOnly, IsPastDate, Trim, TrimUpper } from '@ibd/api/core';

@ValidatorConstraint({ name: 'personalNumber' })
class PersonalNumberConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const type = (args.object as IdentityDto).personalNumberType ?? 'egn';
    return typeof value === 'string' && PERSONAL_NUMBER_TYPES.includes(type) && isValidPersonalNumber(value, type);
  }
  defaultMessage(args: ValidationArguments): string {
    const type = (args.object as IdentityDto).personalNumberType ?? 'egn';
    return `${args.property} is not a valid ${type === 'lnch' ? 'ЛНЧ' : 'ЕГН'} (10 digits, date and checksum)`;
  }
}

export class IdentityDocumentDto implements IdentityDocument {
  @ApiProperty({ enum: IDENTITY_DOCUMENT_TYPES })
  @IsIn(IDENTITY_DOCUMENT_TYPES)
  type!: IdentityDocumentType;

  @ApiProperty({ maxLength: 32 })
  @Trim()
  @IsString()
  @Length(1, 32)
  number!: string;

  @ApiPropertyOptional({ description: 'issuing country, ISO 3166-1 alpha-2' })
  @IsOptional()
  @TrimUpper()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ example: '2030-01-31' })
  @IsOptional()
  @IsDateOnly()
  validUntil?: string;
}

/** Everything that identifies the person: stored encrypted, shown only to those holding the person. */
export class IdentityDto implements VictimIdentity {
  @ApiProperty({ maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  middleName?: string;

  @ApiProperty({ maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @ApiPropertyOptional({ description: 'ЕГН or ЛНЧ, 10 digits' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? normalizePersonalNumber(value) : value))
  @Validate(PersonalNumberConstraint)
  personalNumber?: string;

  @ApiPropertyOptional({ enum: PERSONAL_NUMBER_TYPES, default: 'egn' })
  @IsOptional()
  @IsIn(PERSONAL_NUMBER_TYPES)
  personalNumberType?: PersonalNumberType;

  @ApiPropertyOptional({ example: '1990-05-01' })
  @IsOptional()
  @IsPastDate()
  dateOfBirth?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @Matches(/^\+?[0-9 ()-]{3,32}$/, { each: true, message: 'each of phones must be a phone number' })
  phones?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEmail({}, { each: true })
  @MaxLength(254, { each: true })
  emails?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  addresses?: string[];

  @ApiPropertyOptional({ type: [IdentityDocumentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => IdentityDocumentDto)
  documents?: IdentityDocumentDto[];
}

/** The attributes statistics need, kept in clear. */
export class VictimAttributesDto implements VictimAttributes {
  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2', example: 'BG' })
  @IsOptional()
  @TrimUpper()
  @IsISO31661Alpha2()
  citizenship?: string;

  @ApiPropertyOptional({ description: 'when the birth date is unknown' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  birthYear?: number;

  @ApiPropertyOptional({ type: [String], description: 'ISO 639 language codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'each of languages must be an ISO 639 code' })
  languages?: string[];
}

export class CreateVictimDto extends VictimAttributesDto implements CreateVictim {
  @ApiProperty({ type: IdentityDto })
  @IsObject()
  @ValidateNested()
  @Type(() => IdentityDto)
  identity!: IdentityDto;

  @ApiPropertyOptional({ description: 'true to register despite a POSSIBLE_DUPLICATE warning' })
  @IsOptional()
  @IsBoolean()
  acknowledgeDuplicate?: boolean;
}

/** Any attribute, or the whole identity (replaced, not merged). */
export class UpdateVictimDto implements UpdateVictim {
  @ApiPropertyOptional({ type: IdentityDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => IdentityDto)
  identity?: IdentityDto;

  @ApiPropertyOptional({ enum: SEXES })
  @IsOptional()
  @IsIn(SEXES)
  sex?: Sex;

  @ApiPropertyOptional()
  @IsOptional()
  @TrimUpper()
  @IsISO31661Alpha2()
  citizenship?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  birthYear?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'each of languages must be an ISO 639 code' })
  languages?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  acknowledgeDuplicate?: boolean;
}
