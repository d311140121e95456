import type { ExportDocument } from '../export-document';
import { writeCsv } from './csv.writer';
import { writeJson } from './json.writer';
import { writeXlsx } from './xlsx.writer';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportWriter {
  contentType: string;
  write(document: ExportDocument): Buffer | Promise<Buffer>;
}

export const EXPORT_WRITERS: Record<ExportFormat, ExportWriter> = {
  csv: { contentType: 'text/csv; charset=utf-8', write: writeCsv },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', write: writeXlsx },
  json: { contentType: 'application/json; charset=utf-8', write: writeJson },
};
