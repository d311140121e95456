import { Body, Controller, Get, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, CurrentActor } from '@ibd/api/audit';
import { Roles, UuidParam } from '@ibd/api/core';
import { CaseExportService } from './case-export.service';
import { ExportCaseQuery } from './dto/export-case.query';
import { HtcdsImportDto, ImportReferralQuery } from './dto/htcds-import.dto';
import { htcdsCsv } from './htcds-csv';
import { ReferralImportService } from './referral-import.service';

/** HTCDS exchange with partners abroad (TRM): a case out, a partner's record in (docs/interchange.md). */
@ApiTags('interchange')
@ApiBearerAuth()
@Controller()
export class ExchangeController {
  constructor(
    private readonly exports: CaseExportService,
    private readonly imports: ReferralImportService,
  ) {}

  /** Staff of the case's facility only: they hold the person and the consent. */
  @Roles('shelter_staff')
  @Get('cases/:id/interchange')
  async export(
    @UuidParam() id: string,
    @Query() query: ExportCaseQuery,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { code, document } = await this.exports.export(id, actor);
    if (query.format !== 'htcds-csv') return document;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${code}-htcds.csv"`);
    return new StreamableFile(htcdsCsv(document));
  }

  /** Social workers: the NRM's entry point receives partners' records and refers the person on. */
  @Roles('social_worker')
  @Post('referrals/import')
  import(@Body() dto: HtcdsImportDto, @Query() query: ImportReferralQuery, @CurrentActor() actor: Actor) {
    return this.imports.import(dto, query, actor);
  }
}
