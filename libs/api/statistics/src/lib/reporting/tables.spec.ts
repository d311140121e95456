import { REPORTING_CODES, REPORTING_TABLE_IDS } from '@ibd/shared/contracts';
import { SEX_GROUPS } from './classifications';
import { REPORTING_TABLES } from './tables';

describe('reporting tables', () => {
  it('are the tables of the contracts, in their order', () => {
    expect(REPORTING_TABLES.map((table) => table.id)).toEqual(REPORTING_TABLE_IDS);
  });

  it('list the codes of the contracts for their rows and columns, which the client translates', () => {
    for (const table of REPORTING_TABLES) {
      if (typeof table.rows === 'function') {
        expect([table.id, table.rowKind]).toEqual([table.id, expect.stringMatching(/^(country|service_type)$/)]);
        continue;
      }
      const codes = table.rows.map(([code]) => code);
      expect({ id: table.id, codes }).toEqual({
        id: table.id,
        codes: REPORTING_CODES[table.rowKind as keyof typeof REPORTING_CODES],
      });
    }
    expect(SEX_GROUPS.map(([code]) => code)).toEqual(REPORTING_CODES.sex_group);
  });
});
