import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import {
  REPORTING_CLASSIFICATIONS,
  REPORTING_CODES,
  REPORTING_TABLE_IDS,
  type ReportingClassification,
} from '@ibd/shared/contracts';

import {
  localiseReportingTable,
  type ReportingLabelSource,
  reportingCodeKeys,
  reportingHeadingKey,
  reportingTitleKey,
} from './reporting-labels';
import type { ReportingTable } from './statistics.models';

const I18N_DIR = join(resolve(__dirname, '../../../../../..'), 'apps/web/public/i18n');

/** A language's translations as Transloco keeps them: `{ a: { b: 'x' } }` -> `{ 'a.b': 'x' }`. */
function flat(value: unknown, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flat(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into[prefix] = value;
  }
  return into;
}

const translations = (language: string) =>
  flat(JSON.parse(readFileSync(join(I18N_DIR, `${language}.json`), 'utf8')) as unknown);

const labelsIn = (language: string): ReportingLabelSource => {
  const keys = translations(language);
  return {
    translate: (key) => (typeof keys[key] === 'string' ? (keys[key] as string) : null),
    country: (code) => new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code,
    serviceType: (code) =>
      code === 'psychological' ? (language === 'bg' ? 'Психологическа подкрепа' : 'Psychological support') : null,
  };
};

const TABLE: ReportingTable = {
  id: 'identified-by-country-and-sex',
  title: 'Persons newly identified in the period, by country of citizenship and sex',
  rowHeading: 'Country of citizenship',
  rowKind: 'country',
  rowCodes: ['BG', 'RO', 'unknown'],
  rowLabels: ['BG', 'RO', 'Unknown'],
  columnKind: 'sex_group',
  columnCodes: ['female', 'male', 'other_unknown'],
  columnLabels: ['Female', 'Male', 'Other or unknown'],
  counts: [
    [3, 1, 0],
    [1, 0, 0],
    [0, 0, 1],
  ],
};

describe.each(['bg', 'en'])('%s.json labels every reporting table', (language) => {
  const keys = translations(language);
  const has = (key: string) => typeof keys[key] === 'string';

  it('titles every table by its id', () => {
    expect(REPORTING_TABLE_IDS.filter((id) => !has(reportingTitleKey(id)))).toEqual([]);
  });

  it('names what the rows are of every classification', () => {
    expect(REPORTING_CLASSIFICATIONS.filter((kind) => !has(reportingHeadingKey(kind)))).toEqual([]);
  });

  it('labels every code of the closed classifications, and an unknown country', () => {
    const codes: Array<[ReportingClassification, string]> = [
      ...Object.entries(REPORTING_CODES).flatMap(([kind, list]) =>
        list.map((code): [ReportingClassification, string] => [kind as ReportingClassification, code]),
      ),
      ['country', 'unknown'],
    ];
    const missing = codes.filter(([kind, code]) => !reportingCodeKeys(kind, code).some(has));
    expect(missing).toEqual([]);
  });
});

describe('localiseReportingTable', () => {
  it('gives title, heading and labels in Bulgarian, countries by name, the counts as they are', () => {
    expect(localiseReportingTable(TABLE, labelsIn('bg'))).toEqual({
      id: TABLE.id,
      title: 'Новоидентифицирани лица през периода по държава на гражданство и пол',
      rowHeading: 'Държава на гражданство',
      rowLabels: ['България', 'Румъния', 'Неизвестна'],
      columnLabels: ['Жена', 'Мъж', 'Друг или неизвестен'],
      cells: TABLE.counts,
    });
  });

  it('gives them in English too', () => {
    expect(localiseReportingTable(TABLE, labelsIn('en'))).toMatchObject({
      title: TABLE.title,
      rowHeading: 'Country of citizenship',
      rowLabels: ['Bulgaria', 'Romania', 'Unknown'],
      columnLabels: ['Female', 'Male', 'Other or unknown'],
    });
  });

  it('names service types by the catalogue, and publishes persons once in the totals of multi-valued tables', () => {
    const table = localiseReportingTable(
      {
        ...TABLE,
        id: 'under-care-by-assistance-received-and-sex',
        rowKind: 'service_type',
        rowCodes: ['psychological', 'legal_aid'],
        rowLabels: ['Psychological support', 'Legal aid'],
        counts: [
          [2, 0, 0],
          [1, 0, 0],
        ],
        distinctTotals: { columns: [2, 0, 0], grand: 2 },
      },
      labelsIn('bg'),
    );
    expect(table).toMatchObject({
      title: 'Лица под грижа през периода по получена помощ и пол',
      rowHeading: 'Получена помощ',
      // Not in the catalogue the client has: the API's label.
      rowLabels: ['Психологическа подкрепа', 'Legal aid'],
      columnTotals: [2, 0, 0],
      grandTotal: 2,
    });
  });

  it('keeps the English of a table, heading or code the client does not know yet', () => {
    const table = localiseReportingTable(
      {
        ...TABLE,
        id: 'identified-by-something-new-and-sex',
        rowKind: 'age_group',
        rowCodes: ['adult', 'elderly'],
        rowLabels: ['Adult', 'Elderly'],
        counts: [
          [1, 0, 0],
          [0, 1, 0],
        ],
      },
      labelsIn('bg'),
    );
    expect(table).toMatchObject({
      title: TABLE.title,
      rowHeading: 'Възрастова група',
      rowLabels: ['Пълнолетен', 'Elderly'],
    });
  });
});
