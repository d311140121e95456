import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, appendAudit } from '@ibd/api/audit';
import { AppConfig } from '@ibd/api/core';
import type { ExportQuery } from './dto/export.query';
import { buildExportDocument } from './export-document';
import { ReportingService } from '../reporting/reporting.service';
import { EXPORT_WRITERS } from './writers';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/**
 * Anonymised export: the reporting tables of a period, protected and written, never records. The
 * export is in the audit log (who, when, format, period) before the file leaves.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly reporting: ReportingService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async export(query: ExportQuery, actor: Actor): Promise<ExportFile> {
    const period = { from: query.from, to: query.to };
    const tables = await this.reporting.tables(period);
    const rules = { threshold: this.config.DISCLOSURE_THRESHOLD, rounding: this.config.DISCLOSURE_ROUNDING };
    const document = buildExportDocument(tables, period, rules, new Date());
    const writer = EXPORT_WRITERS[query.format];
    const body = await writer.write(document);
    await appendAudit(this.dataSource.manager, actor, {
      action: `statistics.export.${query.format}`,
      entity: 'statistics_export',
      entityId: `${period.from}..${period.to}`,
    });
    return {
      fileName: `ibd-statistics-${period.from}-${period.to}.${query.format}`,
      contentType: writer.contentType,
      body,
    };
  }
}
