import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PeriodDto } from '../../period/period.dto';
import { EXPORT_FORMATS, ExportFormat } from '../writers';

export class ExportQuery extends PeriodDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format!: ExportFormat;
}
