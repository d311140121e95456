import { HTCDS_CSV_COLUMNS, htcdsCsvRow, type HtcdsRecord } from '@ibd/api/interchange';
import { csvField } from '@ibd/api/statistics';

/** A record as CSV under HTCDS column names: UTF-8 with a byte order mark, CRLF, formula-safe. */
export function htcdsCsv(document: HtcdsRecord): Buffer {
  const lines = [HTCDS_CSV_COLUMNS, htcdsCsvRow(document)].map((row) => row.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
