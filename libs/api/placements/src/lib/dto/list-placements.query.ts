import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageQuery, QueryBoolean } from '@ibd/api/core';

export class ListPlacementsQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ description: 'true: residents now (not discharged); false: discharged' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}
