import { REPORTING_CODES, REPORTING_TABLE_IDS } from '@ibd/shared/contracts';
import { SEX_GROUPS } from './classifications';
import { REPORTING_TABLES } from './tables';

describe('reporting tables', () => {
  it('are the tables of the contracts, in their order', () => {
    expect(REPORTING_TABLES.map((table) => table.id)).toEqual(REPORTING_TABLE_IDS);
  });

  it('list the codes of the contracts for their rows and columns, which the client translates', () => {
    const fixed = REPORTING_TABLES.flatMap((table) =>
      typeof table.rows === 'function' ? [] : [{ ...table, rows: table.rows }],
    );
    expect(fixed.map((table) => ({ id: table.id, codes: table.rows.map(([code]) => code) }))).toEqual(
      fixed.map((table) => ({ id: table.id, codes: REPORTING_CODES[table.rowKind as keyof typeof REPORTING_CODES] })),
    );
    expect(SEX_GROUPS.map(([code]) => code)).toEqual(REPORTING_CODES.sex_group);
  });

  it('take the rows of the other tables from the catalogue: countries or service types', () => {
    const fromCatalogue = REPORTING_TABLES.filter((table) => typeof table.rows === 'function');
    expect([...new Set(fromCatalogue.map((table) => table.rowKind))].sort()).toEqual(['country', 'service_type']);
  });
});
