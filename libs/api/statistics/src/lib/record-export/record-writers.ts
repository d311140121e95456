import type { RecordExportFormat } from '@ibd/shared/contracts';
import { csvField } from '../export/writers/csv.writer';
import type { RecordFile, RecordFileMetadata } from './record-document';

const BOM = '\uFEFF';

/** The metadata as lines of text, for the CSV's comment lines. */
export function metadataLines(metadata: RecordFileMetadata): string[] {
  const count = (value: number | null) => (value === null ? `withheld (fewer than ${metadata.k} persons)` : value);
  return [
    metadata.title,
    `Period: ${metadata.period.from} to ${metadata.period.to}`,
    `Population: ${metadata.population}`,
    `k: ${metadata.k} (every combination of the columns' values is shared by at least k rows)`,
    `Suppression limit: ${metadata.suppressionLimit.percent}% of the persons (${metadata.suppressionLimit.rows} rows)`,
    `Method: ${metadata.method}`,
    ...metadata.generalisations.map(
      (g) =>
        `Quasi-identifier ${g.quasiIdentifier} (${g.columns.join(', ')}): level ${g.applied.level}, ${g.applied.name} ` +
        `(levels: ${g.levels.join(' < ')})`,
    ),
    `Persons in the period: ${count(metadata.persons)}`,
    `Rows published: ${metadata.rows}`,
    `Rows suppressed: ${count(metadata.suppressed)}`,
    `Information loss (loss metric, 0 to 1): ${metadata.informationLoss}`,
    `Generated at: ${metadata.generatedAt}`,
    `Checksum (SHA-256 of the rows as JSON): ${metadata.checksum.value}`,
  ];
}

/**
 * The metadata as comment lines (`#`, which `read.csv(comment.char = "#")` and pandas'
 * `comment="#"` skip), then the header and a line per row. UTF-8 with a byte order mark, CRLF.
 */
function writeCsv(file: RecordFile): Buffer {
  const line = (fields: string[]) => fields.map(csvField).join(',');
  const lines = [
    ...metadataLines(file.metadata).map((text) => `# ${text.replace(/[\r\n]+/g, ' ')}`),
    line(file.columns),
    ...file.rows.map(line),
  ];
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}

/** The metadata, the columns, and each row as an object keyed by column. */
const writeJson = (file: RecordFile): Buffer =>
  Buffer.from(
    JSON.stringify({
      metadata: file.metadata,
      columns: file.columns,
      rows: file.rows.map((row) => Object.fromEntries(file.columns.map((column, i) => [column, row[i]]))),
    }),
    'utf8',
  );

export const RECORD_WRITERS: Record<RecordExportFormat, { contentType: string; write(file: RecordFile): Buffer }> = {
  csv: { contentType: 'text/csv; charset=utf-8', write: writeCsv },
  json: { contentType: 'application/json; charset=utf-8', write: writeJson },
};
