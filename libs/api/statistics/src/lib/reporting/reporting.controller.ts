import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@ibd/api/core';
import type { ReportingTable } from '../export/reporting-table';
import { PeriodDto } from '../period/period.dto';
import { ReportingService } from './reporting.service';

export interface ReportingView {
  from: string;
  to: string;
  tables: ReportingTable[];
}

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
