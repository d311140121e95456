import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { RECORD_EXPORT_FORMATS, type RecordExportFormat } from '@ibd/shared/contracts';
import { CalendarDate, FromNotAfterTo, NotAfterToday, SpanWithinLimit } from '../../period/period.dto';
import { today } from '../../period/statistics-period';

@ValidatorConstraint({ name: 'firstDayOfYear' })
class FirstDayOfYear implements ValidatorConstraintInterface {
  validate(from: unknown): boolean {
    return typeof from === 'string' && from.endsWith('-01-01');
  }
  defaultMessage(): string {
    return 'from must be the first day of a year (YYYY-01-01)';
  }
}

@ValidatorConstraint({ name: 'lastDayOfEndedYear' })
class LastDayOfEndedYear implements ValidatorConstraintInterface {
  validate(to: unknown): boolean {
    return typeof to === 'string' && to.endsWith('-12-31') && to < today();
  }
  defaultMessage(): string {
    return 'to must be the last day of a year that has ended (YYYY-12-31)';
  }
}

/**
 * A record-level export of whole years that have ended: the file's period says no more about when
 * its persons were identified than their year does (statistics.md, "Record-level anonymised file").
 */
export class RecordExportRequest {
  @ApiProperty({ example: '2025-01-01', description: 'First day of the first year, YYYY-01-01' })
  @Validate(CalendarDate)
  @Validate(FromNotAfterTo)
  @Validate(FirstDayOfYear)
  from!: string;

  @ApiProperty({ example: '2025-12-31', description: 'Last day of the last year, YYYY-12-31, a year that has ended' })
  @Validate(CalendarDate)
  @Validate(NotAfterToday)
  @Validate(SpanWithinLimit)
  @Validate(LastDayOfEndedYear)
  to!: string;

  @ApiPropertyOptional({ enum: RECORD_EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(RECORD_EXPORT_FORMATS, { message: `format must be one of ${RECORD_EXPORT_FORMATS.join(', ')}` })
  format?: RecordExportFormat;
}
