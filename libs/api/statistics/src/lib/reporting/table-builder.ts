import type { EntityManager } from 'typeorm';
import type { ReportingClassification } from '@ibd/shared/contracts';
import { queryRows } from '@ibd/api/core';
import type { ReportingTable, ReportingTableBuilder } from '../export/reporting-table';
import { Classification, SEX_GROUPS } from './classifications';
import type { PersonAttribute, Population } from './populations';

export type { Population } from './populations';

/** One reporting table: a population of persons by some classification (rows) and by sex (columns). */
export interface TableSpec {
  id: string;
  title: string;
  rowHeading: string;
  /** The classification the codes of the rows belong to (what a client translates them by). */
  rowKind: ReportingClassification;
  population: Population;
  /** The rows in order; a function for classifications read from data (countries, service types). */
  rows: Classification | ((manager: EntityManager, population: Population) => Promise<Classification>);
  /**
   * Where a person's row comes from: an attribute of `reporting_persons` (one row per person,
   * counted already in `reporting_person_counts`), or, where a person can be in several rows, SQL
   * counting the persons of population `$1` itself: rows `(code, sex_group, persons)` by row and
   * sex, and with a null code the persons with any row, by sex (and with a null sex in all), each
   * person counted once; `params` as `$2`, `$3`, ...
   */
  source: { column: PersonAttribute } | { counts: string; params?: unknown[] };
  foldRareRowsInto?: string;
  /**
   * 'services' for SQL reading the services persons received (reporting_person_sexes,
   * reporting_services and reporting_service_bits of populations.ts) instead of reporting_persons.
   */
  reads?: 'persons' | 'services';
}

interface CountRow {
  code: string | null;
  sex_group: string | null;
  persons: number;
}

/** Persons of each row and sex, of each sex, and in all, as `reporting_person_counts` holds them. */
const PERSON_COUNTS = `
  SELECT code, sex_group, persons
    FROM reporting_person_counts
   WHERE population = $1 AND (attribute = $2 OR attribute IS NULL)`;

export class SqlTableBuilder implements ReportingTableBuilder {
  constructor(readonly spec: TableSpec) {}

  get reads(): 'persons' | 'services' {
    return this.spec.reads ?? 'persons';
  }

  get population(): Population {
    return this.spec.population;
  }

  async build(manager: EntityManager): Promise<ReportingTable> {
    const { spec } = this;
    const { source } = spec;
    const rows = typeof spec.rows === 'function' ? await spec.rows(manager, spec.population) : spec.rows;
    const result =
      'column' in source
        ? await queryRows<CountRow>(manager, PERSON_COUNTS, [spec.population, source.column])
        : await queryRows<CountRow>(manager, source.counts, [spec.population, ...(source.params ?? [])]);
    const persons = new Map(result.map((row) => [`${row.code}|${row.sex_group}`, row.persons]));
    const at = (code: string | null, sex: string | null) => persons.get(`${code}|${sex}`) ?? 0;
    return {
      id: spec.id,
      title: spec.title,
      rowHeading: spec.rowHeading,
      rowKind: spec.rowKind,
      rowCodes: rows.map(([code]) => code),
      rowLabels: rows.map(([, label]) => label),
      columnKind: 'sex_group',
      columnCodes: SEX_GROUPS.map(([code]) => code),
      columnLabels: SEX_GROUPS.map(([, label]) => label),
      counts: rows.map(([code]) => SEX_GROUPS.map(([sex]) => at(code, sex))),
      ...(!('column' in source)
        ? { distinctTotals: { columns: SEX_GROUPS.map(([sex]) => at(null, sex)), grand: at(null, null) } }
        : {}),
      ...(spec.foldRareRowsInto ? { foldRareRowsInto: spec.foldRareRowsInto } : {}),
    };
  }
}
