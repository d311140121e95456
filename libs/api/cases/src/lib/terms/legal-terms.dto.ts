import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class UpdateLegalTermDto {
  @ApiProperty({ minimum: 1, maximum: 10000, description: 'in the unit of the term; the unit sets a tighter maximum' })
  @IsInt()
  @Min(1)
  @Max(10000)
  value!: number;
}
