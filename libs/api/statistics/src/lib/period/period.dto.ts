import { ApiProperty } from '@nestjs/swagger';
import { Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { isCalendarDate, latestEnd, MAX_PERIOD_YEARS, today } from './statistics-period';

@ValidatorConstraint({ name: 'calendarDate' })
export class CalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return isCalendarDate(value);
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a date written YYYY-MM-DD`;
  }
}

@ValidatorConstraint({ name: 'periodOrder' })
export class FromNotAfterTo implements ValidatorConstraintInterface {
  validate(from: unknown, args: ValidationArguments): boolean {
    const { to } = args.object as PeriodDto;
    return !isCalendarDate(from) || !isCalendarDate(to) || from <= to;
  }
  defaultMessage(): string {
    return 'from must be on or before to';
  }
}

@ValidatorConstraint({ name: 'notInFuture' })
export class NotAfterToday implements ValidatorConstraintInterface {
  validate(to: unknown): boolean {
    return !isCalendarDate(to) || to <= today();
  }
  defaultMessage(): string {
    return 'to must not be later than today';
  }
}

@ValidatorConstraint({ name: 'periodSpan' })
export class SpanWithinLimit implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const { from } = args.object as PeriodDto;
    return !isCalendarDate(from) || !isCalendarDate(to) || to <= latestEnd(from);
  }
  defaultMessage(): string {
    return `to must be less than ${MAX_PERIOD_YEARS} years after from`;
  }
}

/** A period of whole days, from and to included, that has begun and spans at most ten years. */
export class PeriodDto {
  @ApiProperty({ example: '2026-01-01', description: 'First day, YYYY-MM-DD' })
  @Validate(CalendarDate)
  @Validate(FromNotAfterTo)
  from!: string;

  @ApiProperty({ example: '2026-06-30', description: 'Last day, YYYY-MM-DD, not later than today' })
  @Validate(CalendarDate)
  @Validate(NotAfterToday)
  @Validate(SpanWithinLimit)
  to!: string;
}
