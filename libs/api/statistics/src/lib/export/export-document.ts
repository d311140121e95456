import { createHash } from 'node:crypto';
import {
  describeMethod,
  DisclosureRules,
  effectiveThreshold,
  protectCounts,
  ProtectedCounts,
} from '../disclosure/protect';
import { foldRareRows } from './fold-rare-rows';
import type { ReportingTable } from './reporting-table';

/** A table as an export publishes it: labels and protected counts, nothing exact. */
export type PublishedTable = Pick<ReportingTable, 'id' | 'title' | 'rowHeading' | 'rowLabels' | 'columnLabels'> &
  ProtectedCounts & {
    /** Why the totals are not the sums of the cells, when they are not. */
    note?: string;
  };

export const MULTI_VALUED_NOTE =
  'A person can be counted in more than one row: the column totals and the grand total count each person once.';

export interface ExportMetadata {
  title: string;
  period: { from: string; to: string };
  threshold: number;
  rounding: number;
  method: string;
  generatedAt: string;
  /** SHA-256 of the tables as JSON (`JSON.stringify(tables)`), hex. */
  checksum: { algorithm: 'SHA-256'; value: string };
}

export interface ExportDocument {
  metadata: ExportMetadata;
  tables: PublishedTable[];
}

export const EXPORT_TITLE =
  'ИБД – anonymised statistics of the National Commission for Combating Trafficking in Human Beings';

export const tablesChecksum = (tables: PublishedTable[]): string =>
  createHash('sha256').update(JSON.stringify(tables), 'utf8').digest('hex');

/** Protects every table (suppression, rounding) and describes what was done. */
export function buildExportDocument(
  tables: ReportingTable[],
  period: { from: string; to: string },
  rules: DisclosureRules,
  generatedAt: Date,
): ExportDocument {
  const published = tables
    .map((table) => foldRareRows(table, effectiveThreshold(rules)))
    .map(({ id, title, rowHeading, rowLabels, columnLabels, counts, distinctTotals }): PublishedTable => ({
      id,
      title,
      rowHeading,
      rowLabels,
      columnLabels,
      ...protectCounts(counts, rules, distinctTotals),
      ...(distinctTotals ? { note: MULTI_VALUED_NOTE } : {}),
    }));
  return {
    metadata: {
      title: EXPORT_TITLE,
      period,
      threshold: rules.threshold,
      rounding: rules.rounding,
      method: describeMethod(rules),
      generatedAt: generatedAt.toISOString(),
      checksum: { algorithm: 'SHA-256', value: tablesChecksum(published) },
    },
    tables: published,
  };
}

/** A table as rows of text and numbers, header first and totals last; null is a suppressed count. */
export function tableRows(table: PublishedTable): Array<Array<string | number | null>> {
  return [
    [table.rowHeading, ...table.columnLabels, 'Total'],
    ...table.rowLabels.map((label, i) => [label, ...table.cells[i], table.rowTotals[i]]),
    ['Total', ...table.columnTotals, table.grandTotal],
    ...(table.note ? [[table.note]] : []),
  ];
}

/** The metadata as label/value pairs, for the formats that are not JSON. */
export function metadataRows(metadata: ExportMetadata): Array<[string, string | number]> {
  return [
    ['Title', metadata.title],
    ['Period from', metadata.period.from],
    ['Period to', metadata.period.to],
    ['Disclosure threshold (k)', metadata.threshold],
    ['Rounding resolution', metadata.rounding],
    ['Method', metadata.method],
    ['Generated at', metadata.generatedAt],
    ['Checksum (SHA-256 of the tables as JSON)', metadata.checksum.value],
  ];
}
