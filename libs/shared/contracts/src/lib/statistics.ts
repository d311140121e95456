import { EXPLOITATION_FORMS, SOURCES } from './codes';

/**
 * What the rows (or columns) of a reporting table are: the classification its codes belong to.
 * Labels of codes are translated in the client; the API's labels are English, for the export.
 */
export const REPORTING_CLASSIFICATIONS = [
  'sex_group',
  'age_group',
  'ctdc_age_band',
  'citizenship_group',
  'country',
  'exploitation_form',
  'eurostat_category',
  'tip_category',
  'source',
  'trafficking_scope',
  'service_type',
] as const;
export type ReportingClassification = (typeof REPORTING_CLASSIFICATIONS)[number];

/**
 * The codes of the closed classifications, in the order the tables list them. The others are
 * open: countries (ISO 3166-1 alpha-2, or `unknown`) and service types (the catalogue's codes).
 */
export const REPORTING_CODES = {
  sex_group: ['female', 'male', 'other_unknown'],
  age_group: ['child', 'adult'],
  ctdc_age_band: ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+', 'unknown'],
  citizenship_group: ['bulgarian', 'other_eu', 'non_eu', 'unknown'],
  exploitation_form: EXPLOITATION_FORMS,
  eurostat_category: ['sexual', 'forced_labour', 'other'],
  tip_category: ['sex', 'labour', 'unspecified'],
  source: SOURCES,
  trafficking_scope: ['internal', 'transnational'],
} as const satisfies Partial<Record<ReportingClassification, readonly string[]>>;
export type ClosedReportingClassification = keyof typeof REPORTING_CODES;
export type ReportingCode<K extends ClosedReportingClassification> = (typeof REPORTING_CODES)[K][number];

/** The reporting tables, by their stable identifiers, in the order the API lists them. */
export const REPORTING_TABLE_IDS = [
  'identified-by-age-group-and-sex',
  'identified-by-ctdc-age-band-and-sex',
  'identified-by-citizenship-group-and-sex',
  'identified-by-country-and-sex',
  'identified-by-form-of-exploitation-and-sex',
  'identified-by-eurostat-exploitation-and-sex',
  'identified-by-tip-exploitation-and-sex',
  'identified-by-identifying-organisation-and-sex',
  'identified-by-scope-and-sex',
  'under-care-by-age-group-and-sex',
  'under-care-by-ctdc-age-band-and-sex',
  'under-care-by-citizenship-group-and-sex',
  'under-care-by-country-and-sex',
  'under-care-by-form-of-exploitation-and-sex',
  'under-care-by-eurostat-exploitation-and-sex',
  'under-care-by-tip-exploitation-and-sex',
  'under-care-by-identifying-organisation-and-sex',
  'under-care-by-scope-and-sex',
  'under-care-by-assistance-received-and-sex',
] as const;

/**
 * One reporting table as GET /statistics/reporting gives it (monitors only): persons counted once
 * per period, by a classification (rows) and by sex group (columns), with exact counts. The labels
 * are English (as the anonymised export publishes them); the codes are what a client translates.
 */
export interface ReportingTableView {
  /** Stable identifier, one of REPORTING_TABLE_IDS, e.g. `identified-by-age-group-and-sex`. */
  id: string;
  title: string;
  /** What the rows are (e.g. "Age group"); the columns are labelled by `columnLabels`. */
  rowHeading: string;
  /** The classification of `rowCodes`. */
  rowKind: ReportingClassification;
  rowCodes: string[];
  rowLabels: string[];
  /** The classification of `columnCodes`: the sex groups. */
  columnKind: ReportingClassification;
  columnCodes: string[];
  columnLabels: string[];
  counts: number[][];
  /**
   * When a person can fall in several rows (forms of exploitation, services received), the sums
   * of a column overstate its persons: these are the persons of each column and of the table,
   * each counted once, and are what the table publishes as its column and grand totals.
   */
  distinctTotals?: { columns: number[]; grand: number };
}

export interface ReportingView {
  from: string;
  to: string;
  tables: ReportingTableView[];
}

/** Periods of the monitoring snapshots. */
export const PERIOD_KINDS = ['day', 'month', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** What a run builds: the monitoring snapshots of its period, or its record-level anonymised file. */
export const RUN_KINDS = ['snapshots', 'record_export'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** A statistics run (api.md, "Statistics"); `Moment` is a Date in the API, a string in the client. */
export interface RunView<Moment = string> {
  id: string;
  status: RunStatus;
  progress: number;
  from: string;
  to: string;
  attempts: number;
  error?: string;
  createdAt: Moment;
  startedAt?: Moment;
  finishedAt?: Moment;
}

/** Formats of the record-level anonymised file. */
export const RECORD_EXPORT_FORMATS = ['csv', 'json'] as const;
export type RecordExportFormat = (typeof RECORD_EXPORT_FORMATS)[number];

/** A record-level export (api.md, "Statistics"): the run that builds it, and the file's format. */
export interface RecordExportView<Moment = string> extends RunView<Moment> {
  format: RecordExportFormat;
}

export interface MetricValue {
  metric: string;
  /** A breakdown (service type, source), absent when the metric has none. */
  dimension?: string;
  value: number;
}

export interface PeriodFigures {
  start: string;
  /** The last day covered: earlier than the period's end while the period was still running. */
  end: string;
  values: MetricValue[];
}

export interface FacilityFigures {
  facilityId: string;
  code: string;
  name: string;
  periods: PeriodFigures[];
}

/** GET /statistics/monitoring. */
export interface MonitoringView {
  from: string;
  to: string;
  periodKind: PeriodKind;
  facilities: FacilityFigures[];
}
