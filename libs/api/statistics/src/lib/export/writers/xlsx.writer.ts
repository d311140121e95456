import { Workbook } from 'exceljs';
import { EXPORT_TITLE, ExportDocument, metadataRows, tableRows } from '../export-document';
import { guardFormula } from './formula-guard';

/** Excel's limits on sheet names: 31 characters, none of []:*?/\ */
const sheetName = (text: string, index: number) => `${index + 1} ${text.replace(/[[\]:*?/\\]/g, ' ')}`.slice(0, 31);

/** Text cells get the formula guard too: a sheet is often saved on as CSV. */
const cell = (value: string | number | null) => (typeof value === 'string' ? guardFormula(value) : value);

/** A "Metadata" sheet, then one sheet per table; a suppressed count is an empty cell. */
export async function writeXlsx(document: ExportDocument): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.title = EXPORT_TITLE;
  workbook.created = new Date(document.metadata.generatedAt);
  const metadata = workbook.addWorksheet('Metadata');
  metadataRows(document.metadata).forEach((row) => metadata.addRow(row.map(cell)));
  metadata.getColumn(1).width = 42;
  metadata.getColumn(2).width = 80;
  document.tables.forEach((table, index) => {
    const sheet = workbook.addWorksheet(sheetName(table.title, index));
    sheet.addRow([cell(table.title)]).font = { bold: true };
    tableRows(table).forEach((row) => sheet.addRow(row.map(cell)));
    sheet.getRow(2).font = { bold: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
