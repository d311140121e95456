import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PeriodDto } from '../../period/period.dto';
import { PERIOD_KINDS, PeriodKind } from '../monitoring-snapshot.entity';

/** `?from=&to=&facilityId=&periodKind=`: the periods of a kind that overlap from..to. */
export class MonitoringQuery extends PeriodDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'facilityId must be a UUID' })
  facilityId?: string;

  @ApiPropertyOptional({ enum: PERIOD_KINDS, default: 'month' })
  @IsOptional()
  @IsIn(PERIOD_KINDS, { message: `periodKind must be one of ${PERIOD_KINDS.join(', ')}` })
  periodKind: PeriodKind = 'month';
}
