import { ExportDocument, metadataRows, tableRows } from '../export-document';
import { guardFormula } from './formula-guard';

const BOM = '\uFEFF';

/** One CSV field: text guarded against formulas, then quoted if it holds a quote, comma or line break. */
export function csvField(value: string | number | null): string {
  if (value === null) {
    return '';
  }
  const text = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: Array<string | number | null>) => fields.map(csvField).join(',');

/**
 * The metadata block, then each table (title, header, rows, totals) after an empty line. UTF-8 with
 * a byte order mark, so spreadsheets read Cyrillic right; CRLF line ends (RFC 4180).
 */
export function writeCsv(document: ExportDocument): Buffer {
  const blocks = [
    metadataRows(document.metadata).map(line),
    ...document.tables.map((table) => [line([table.title]), ...tableRows(table).map(line)]),
  ];
  return Buffer.from(BOM + blocks.map((rows) => rows.join('\r\n')).join('\r\n\r\n') + '\r\n', 'utf8');
}
