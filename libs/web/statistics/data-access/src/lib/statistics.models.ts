export const PERIOD_KINDS = ['month', 'year', 'day'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface RunView {
  id: string;
  status: RunStatus;
  progress: number;
  from: string;
  to: string;
  attempts: number;
  error?: string;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
}

export interface MetricValue {
  metric: string;
  dimension?: string;
  value: number;
}

export interface PeriodFigures {
  start: string;
  end: string;
  values: MetricValue[];
}

export interface FacilityFigures {
  facilityId: string;
  code: string;
  name: string;
  periods: PeriodFigures[];
}

export interface MonitoringView {
  from: string;
  to: string;
  periodKind: PeriodKind;
  facilities: FacilityFigures[];
}

export interface MonitoringFilter {
  from: string;
  to: string;
  facilityId: string | null;
  periodKind: PeriodKind;
}

export interface PublishedTable {
  id?: string;
  title?: string;
  rowHeading: string;
  rowLabels: string[];
  columnLabels: string[];
  cells: Array<Array<number | null>>;
  rowTotals: Array<number | null>;
  columnTotals: Array<number | null>;
  grandTotal: number | null;
}

export interface ExportDocument {
  metadata: {
    title: string;
    period: { from: string; to: string };
    threshold: number;
    rounding: number;
    method: string;
    generatedAt: string;
    checksum: { algorithm: string; value: string };
  };
  tables: PublishedTable[];
}

/** A reporting table with exact counts (monitors only): English labels, and the codes to translate. */
export type { ReportingTableView as ReportingTable, ReportingView } from '@ibd/shared/contracts';

export const PERIOD_FIELDS = ['from', 'to', 'facilityId', 'periodKind', 'format'] as const;
