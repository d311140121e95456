import { foldRareRows } from './fold-rare-rows';
import type { ReportingTable } from './reporting-table';

const TABLE: ReportingTable = {
  id: 'countries',
  title: 'Countries',
  rowHeading: 'Country',
  rowKind: 'country',
  rowCodes: ['BG', 'RO', 'TR', 'AL', 'unknown'],
  rowLabels: ['BG', 'RO', 'TR', 'AL', 'Unknown'],
  columnKind: 'sex_group',
  columnCodes: ['female', 'male', 'other_unknown'],
  columnLabels: ['Female', 'Male', 'Other or unknown'],
  counts: [
    [40, 10, 1],
    [11, 0, 0],
    [2, 1, 0],
    [0, 3, 0],
    [12, 4, 0],
  ],
  foldRareRowsInto: 'Other countries',
};

describe('foldRareRows', () => {
  it('adds the rows of fewer than k persons into one row, last, keeping every column total', () => {
    expect(foldRareRows(TABLE, 11)).toMatchObject({
      rowCodes: ['BG', 'RO', 'unknown', 'other'],
      rowLabels: ['BG', 'RO', 'Unknown', 'Other countries'],
      counts: [
        [40, 10, 1],
        [11, 0, 0],
        [12, 4, 0],
        [2, 4, 0],
      ],
    });
  });

  it('leaves tables alone that ask for no folding, have no rare row, or count a person in several rows', () => {
    expect(foldRareRows({ ...TABLE, foldRareRowsInto: undefined }, 11)).toEqual({
      ...TABLE,
      foldRareRowsInto: undefined,
    });
    expect(foldRareRows(TABLE, 3)).toBe(TABLE);
    const multi = { ...TABLE, distinctTotals: { columns: [60, 15, 1], grand: 70 } };
    expect(foldRareRows(multi, 11)).toBe(multi);
  });
});
