import { createHash } from 'node:crypto';
import { Workbook } from 'exceljs';
import { buildExportDocument, ExportDocument } from '../export-document';
import type { ReportingTable } from '../reporting-table';
import { csvField, writeCsv } from './csv.writer';
import { writeJson } from './json.writer';
import { writeXlsx } from './xlsx.writer';

const TABLE: ReportingTable = {
  id: 'fixture',
  title: 'Лица по пол и възраст',
  rowHeading: 'Sex',
  rowKind: 'sex_group',
  rowCodes: ['female', 'male'],
  rowLabels: ['=SUM(A1:A9)', 'Жени, "възрастни"'],
  columnKind: 'age_group',
  columnCodes: ['a', 'b', 'c', 'd', 'e', 'f'],
  columnLabels: ['+18', '-5', '@cmd', '\tTab', '\rCR', 'plain'],
  counts: [
    [3, 40, 0, 25, 12, 30],
    [30, 50, 60, 70, 80, 90],
  ],
};
const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
const document: ExportDocument = buildExportDocument(
  [TABLE],
  PERIOD,
  { threshold: 11, rounding: 1 },
  new Date('2026-07-01T08:00:00Z'),
);

describe('export document', () => {
  it('states period, threshold, rounding, method, time and a SHA-256 checksum of the tables', () => {
    const expected = createHash('sha256').update(JSON.stringify(document.tables)).digest('hex');
    expect(document.metadata).toMatchObject({
      period: PERIOD,
      threshold: 11,
      rounding: 1,
      generatedAt: '2026-07-01T08:00:00.000Z',
      checksum: { algorithm: 'SHA-256', value: expected },
    });
    expect(document.metadata.method).toMatch(/from 1 to 10.*secondary suppression/);
  });

  it('publishes the protected counts, never the raw ones', () => {
    expect(document.tables[0]).not.toHaveProperty('counts');
    expect(document.tables[0].cells[0][0]).toBeNull();
    const changed = buildExportDocument(
      [{ ...TABLE, counts: [[...TABLE.counts[0]], [...TABLE.counts[1].slice(0, 5), 91]] }],
      PERIOD,
      { threshold: 11, rounding: 1 },
      new Date(),
    );
    expect(changed.metadata.checksum.value).not.toBe(document.metadata.checksum.value);
  });

  it('publishes the labels only, not the codes a client translates them by', () => {
    expect(Object.keys(document.tables[0]).sort()).toEqual(
      [
        'id',
        'title',
        'rowHeading',
        'rowLabels',
        'columnLabels',
        'cells',
        'rowTotals',
        'columnTotals',
        'grandTotal',
      ].sort(),
    );
  });
});

describe('CSV writer', () => {
  const text = writeCsv(document).toString('utf8');
  const lines = text.slice(1).split('\r\n');

  it('is UTF-8 with a byte order mark and CRLF line ends', () => {
    expect([...writeCsv(document).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(lines).toContain('Лица по пол и възраст');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+18', "'+18"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['plain', 'plain'],
  ])('writes the text %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as they are and suppressed counts as empty fields', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(document.tables[0].cells[0]).toEqual([null, 40, 0, 25, null, 30]);
    expect(lines).toContain("'=SUM(A1:A9),,40,0,25,,30,110");
  });

  it('starts with the metadata block', () => {
    expect(lines.slice(0, 8).map((l) => l.split(',')[0])).toEqual([
      'Title',
      'Period from',
      'Period to',
      'Disclosure threshold (k)',
      'Rounding resolution',
      'Method',
      'Generated at',
      'Checksum (SHA-256 of the tables as JSON)',
    ]);
    expect(lines[7]).toContain(document.metadata.checksum.value);
  });
});

describe('XLSX writer', () => {
  it('writes a metadata sheet and one sheet per table, text guarded and no formulas', async () => {
    const workbook = new Workbook();
    // exceljs types its Buffer against an older @types/node.
    await workbook.xlsx.load((await writeXlsx(document)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Metadata', '1 Лица по пол и възраст']);
    const metadata = workbook.getWorksheet('Metadata');
    expect(metadata?.getRow(4).values).toEqual([undefined, 'Disclosure threshold (k)', 11]);
    expect(metadata?.getRow(8).getCell(2).value).toBe(document.metadata.checksum.value);
    const sheet = workbook.worksheets[1];
    // XML turns a carriage return into a line feed; the guard is what matters.
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Sex',
      "'+18",
      "'-5",
      "'@cmd",
      "'\tTab",
      "'\nCR",
      'plain',
      'Total',
    ]);
    expect(sheet.getRow(3).getCell(1).value).toBe("'=SUM(A1:A9)");
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(3).getCell(3).value).toBe(40);
    sheet.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
  });
});

describe('JSON writer', () => {
  it('writes the document, null for suppressed counts', () => {
    expect(JSON.parse(writeJson(document).toString('utf8'))).toEqual(document);
  });
});
