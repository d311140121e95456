import type { ReportingClassification } from '@ibd/shared/contracts';

import type { ReportingTable } from './statistics.models';

/**
 * Where the label of a code is, besides `reporting.code.<classification>.<code>`: the code
 * translations the rest of the client uses, where the classification is one of the contracts'.
 */
const SHARED_CODE_KEYS: Partial<Record<ReportingClassification, string>> = {
  sex_group: 'code.sex.',
  exploitation_form: 'code.exploitation.',
  source: 'code.source.',
};

/** The Transloco key of a reporting table's title, by its id. */
export const reportingTitleKey = (id: string): string => `reporting.table.${id}`;

/** The Transloco key of the heading of rows of a classification. */
export const reportingHeadingKey = (kind: ReportingClassification): string => `reporting.heading.${kind}`;

/** The Transloco keys that may label a code of a classification, the first found wins. */
export function reportingCodeKeys(kind: ReportingClassification, code: string): string[] {
  const shared = SHARED_CODE_KEYS[kind];
  return [`reporting.code.${kind}.${code}`, ...(shared ? [shared + code] : [])];
}

/** What labels a reporting table in the UI language. */
export interface ReportingLabelSource {
  /** The text of a Transloco key in the UI language; null when it has none. */
  translate(key: string): string | null;
  /** A country's name from its ISO 3166-1 alpha-2 code (Intl.DisplayNames). */
  country(code: string): string;
  /** A service type's name in the catalogue; null when the catalogue lacks the code. */
  serviceType(code: string): string | null;
}

/** A reporting table as the UI shows it: labels in the UI language, and the totals it publishes. */
export interface LocalisedReportingTable {
  id: string;
  title: string;
  rowHeading: string;
  rowLabels: string[];
  columnLabels: string[];
  cells: number[][];
  /** The persons of each column and of the table, counted once, where a person can be in several rows. */
  columnTotals?: number[];
  grandTotal?: number;
}

/**
 * The table's title (by id), row heading (by classification) and labels (by code) in the UI
 * language: from the translations, countries by Intl.DisplayNames and service types by the
 * catalogue; the API's English label where none is found (a table or code newer than the client).
 */
export function localiseReportingTable(table: ReportingTable, labels: ReportingLabelSource): LocalisedReportingTable {
  const label = (kind: ReportingClassification, code: string, english: string): string => {
    for (const key of reportingCodeKeys(kind, code)) {
      const text = labels.translate(key);
      if (text !== null) return text;
    }
    if (kind === 'country' && /^[A-Z]{2}$/.test(code)) return labels.country(code);
    if (kind === 'service_type') return labels.serviceType(code) ?? english;
    return english;
  };
  const labelled = (kind: ReportingClassification, codes: string[], english: string[]): string[] =>
    codes.map((code, i) => label(kind, code, english[i]));
  return {
    id: table.id,
    title: labels.translate(reportingTitleKey(table.id)) ?? table.title,
    rowHeading: labels.translate(reportingHeadingKey(table.rowKind)) ?? table.rowHeading,
    rowLabels: labelled(table.rowKind, table.rowCodes, table.rowLabels),
    columnLabels: labelled(table.columnKind, table.columnCodes, table.columnLabels),
    cells: table.counts,
    ...(table.distinctTotals
      ? { columnTotals: table.distinctTotals.columns, grandTotal: table.distinctTotals.grand }
      : {}),
  };
}
