import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const INTERCHANGE_FORMATS = ['htcds-json', 'htcds-csv'] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];

export class ExportCaseQuery {
  @ApiPropertyOptional({ enum: INTERCHANGE_FORMATS, default: 'htcds-json' })
  @IsOptional()
  @IsIn(INTERCHANGE_FORMATS)
  format?: InterchangeFormat;
}
