import type { EntityManager } from 'typeorm';

/**
 * One reporting table (domain.md, "Reporting tables"): persons counted once per period, split two
 * ways. Row totals are the sums of the cells; so are the column totals unless `distinctTotals`.
 */
export interface ReportingTable {
  /** Stable identifier, e.g. `identified-by-sex-and-age-group`. */
  id: string;
  title: string;
  /** What the rows are (e.g. "Age group"); the columns are labelled by `columnLabels`. */
  rowHeading: string;
  rowLabels: string[];
  columnLabels: string[];
  counts: number[][];
  /**
   * When a person can fall in several rows (forms of exploitation, services received), the sums
   * of a column overstate its persons: these are the persons of each column and of the table,
   * each counted once, and are what the table publishes as its column and grand totals.
   */
  distinctTotals?: { columns: number[]; grand: number };
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
