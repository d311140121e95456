import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsUUID,
} from 'class-validator';
import {
  CLOSURE_REASONS,
  ClosureReason,
  EXPLOITATION_FORMS,
  ExploitationForm,
  SOURCES,
  Source,
} from '@ibd/shared/contracts';
import { IsPastDate } from '@ibd/api/victims';

const upperEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim().toUpperCase() : item)) : value;

export class CaseDetailsDto {
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
}

export class CreateCaseDto extends CaseDetailsDto {
  @ApiProperty()
  @IsUUID()
  victimId!: string;

  @ApiPropertyOptional({ description: "default: the caller's facility, the only one allowed" })
  @IsOptional()
  @IsUUID()
  facilityId?: string;
}

export class UpdateCaseDto extends PartialType(CaseDetailsDto) {}

export class CloseCaseDto {
  @ApiProperty({ enum: CLOSURE_REASONS })
  @IsIn(CLOSURE_REASONS)
  reason!: ClosureReason;
}
