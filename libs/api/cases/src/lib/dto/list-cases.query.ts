import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CASE_STATUSES, CaseStatus, EXPLOITATION_FORMS, ExploitationForm } from '@ibd/shared/contracts';
import { IsDateOnly, PageQuery, QueryBoolean } from '@ibd/api/core';

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiPropertyOptional({ description: 'child at identification' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  child?: boolean;

  @ApiPropertyOptional({ description: 'identified on or after, YYYY-MM-DD' })
  @IsOptional()
  @IsDateOnly()
  identifiedFrom?: string;

  @ApiPropertyOptional({ description: 'identified on or before, YYYY-MM-DD' })
  @IsOptional()
  @IsDateOnly()
  identifiedTo?: string;

  @ApiPropertyOptional({ enum: EXPLOITATION_FORMS })
  @IsOptional()
  @IsIn(EXPLOITATION_FORMS)
  exploitationForm?: ExploitationForm;

  @ApiPropertyOptional({ description: 'a case or victim code, or an exact personal number or full name' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;
}
