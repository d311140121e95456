import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ALERT_KINDS, AlertKind } from '@ibd/shared/contracts';
import { PageQuery } from '@ibd/api/core';

export class ListAlertsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ALERT_KINDS })
  @IsOptional()
  @IsIn(ALERT_KINDS)
  kind?: AlertKind;
}
