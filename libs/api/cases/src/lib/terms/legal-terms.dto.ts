import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import type { UpdateLegalTerm } from '@ibd/shared/contracts';

/** The largest sane value of a term in each unit: ten years, whatever the unit (a century for years). */
export const MAX_BY_UNIT: Readonly<Record<string, number>> = { hours: 87600, days: 3650, months: 120, years: 100 };
const LARGEST = Math.max(...Object.values(MAX_BY_UNIT));

export class UpdateLegalTermDto implements UpdateLegalTerm {
  @ApiProperty({
    minimum: 1,
    maximum: LARGEST,
    description: 'in the unit of the term; the unit sets a tighter maximum',
  })
  @IsInt()
  @Min(1)
  @Max(LARGEST)
  value!: number;
}
