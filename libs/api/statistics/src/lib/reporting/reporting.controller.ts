import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@ibd/api/core';
import type { ReportingView } from '@ibd/shared/contracts';
import { PeriodDto } from '../period/period.dto';
import { ReportingService } from './reporting.service';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics/reporting')
export class ReportingController {
  constructor(private readonly reporting: ReportingService) {}

  /** The reporting tables with their exact counts, for АНКБТХ; auditors get the anonymised export only. */
  @Roles('monitor')
  @Get()
  async read(@Query() period: PeriodDto): Promise<ReportingView> {
    return { from: period.from, to: period.to, tables: await this.reporting.tables(period) };
  }
}
