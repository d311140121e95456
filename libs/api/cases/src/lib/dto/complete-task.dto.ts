import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import type { CompleteTaskRequest } from '@ibd/shared/contracts';

export class CompleteTaskDto implements CompleteTaskRequest {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When the authority was notified; not in the future. Default: now.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/T\d\d:\d\d.*(Z|[+-]\d\d:?\d\d)$/, { message: 'notifiedAt must be a moment with a time and a time zone' })
  notifiedAt?: string;
}
