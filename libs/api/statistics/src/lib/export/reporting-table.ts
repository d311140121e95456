import type { EntityManager } from 'typeorm';
import type { ReportingTableView } from '@ibd/shared/contracts';

/**
 * One reporting table (docs/statistics.md, "Reporting tables"): persons counted once per period, split two
 * ways. Row totals are the sums of the cells; so are the column totals unless `distinctTotals`.
 * What GET /statistics/reporting gives (ReportingTableView of the contracts: English labels, and
 * the codes of the rows and columns the client translates), and what an export protects, with the
 * English labels only (export-document.ts).
 */
export interface ReportingTable extends ReportingTableView {
  /**
   * In an export, rows whose total is below the threshold are added up into one row with this
   * label: a rare category's name alone (a country) would say someone of it was counted.
   */
  foldRareRowsInto?: string;
}

export interface ReportingPeriod {
  from: string;
  to: string;
}

/**
 * Builds one reporting table from the persons of a period, which ReportingService has selected
 * into temporary tables of the transaction (see reporting/populations.ts) before any builder runs:
 * the persons (`reads` 'persons', the default: selectPersons), or, in a second transaction on the
 * same snapshot running beside the first, the services they received (`reads` 'services':
 * selectServices).
 */
export interface ReportingTableBuilder {
  readonly reads?: 'persons' | 'services';
  /** The population the table counts (`identified` or `under_care`): selectServices selects those only. */
  readonly population: 'identified' | 'under_care';
  build(manager: EntityManager): Promise<ReportingTable>;
}

/** The reporting tables, in order (a multi-provider list). */
export const REPORTING_TABLE_BUILDERS = Symbol('REPORTING_TABLE_BUILDERS');
