import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '@ibd/api/core';

export class ListAuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'case' })
  @IsOptional()
  @Matches(/^[a-z_.]{1,64}$/, { message: 'entity must be an entity name such as case or victim' })
  entity?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'entityId must be an id or a code' })
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 date or timestamp, inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 date or timestamp, exclusive' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
