import type { PeriodKind } from '@ibd/shared/contracts';

/** The API's statistics views (libs/shared/contracts), as the client reads them. */
export {
  type FacilityFigures,
  type MetricValue,
  type MonitoringView,
  PERIOD_KINDS,
  type PeriodFigures,
  type PeriodKind,
  RUN_STATUSES,
  type RunStatus,
  type RunView,
} from '@ibd/shared/contracts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

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
