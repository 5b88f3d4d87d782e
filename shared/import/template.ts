import type { ImportColumn, ImportEntity } from './columns';
import { entityImports } from './entities';
import { neutraliseCell } from '../export/neutralise';
import { loadExcelJs, loadPapa } from './libraries';

/** The words of the XLSX template, in the user's language. */
export interface TemplateText {
  dataSheet: string;
  instructionsSheet: string;
  headings: { column: string; required: string; description: string; allowed: string; example: string };
  yes: string;
  no: string;
  describe: (column: ImportColumn) => string;
}

// Re-exported: the import template was its first user; the registers export shares the one rule.
export { neutraliseCell };

const headerRow = (columns: readonly ImportColumn[]): string[] =>
  columns.map((column) => neutraliseCell(column.header));

const sampleRow = (columns: readonly ImportColumn[]): string[] =>
  columns.map((column) => neutraliseCell(column.inSampleRow ? column.example : ''));

/** The CSV template: the headers and one example row, UTF-8 with a BOM so Excel reads accents right. */
export const csvTemplate = async (entity: ImportEntity): Promise<Uint8Array<ArrayBuffer>> => {
  const papa = await loadPapa();
  const { columns } = entityImports[entity];
  const csv = papa.unparse([headerRow(columns), sampleRow(columns)], { newline: '\r\n' });
  return new TextEncoder().encode(`\uFEFF${csv}\r\n`);
};

/** The XLSX template: a data sheet (headers and one example row) and a sheet documenting each column. */
export const xlsxTemplate = async (
  entity: ImportEntity,
  text: TemplateText,
): Promise<Uint8Array<ArrayBuffer>> => {
  const { Workbook } = await loadExcelJs();
  const { columns } = entityImports[entity];
  const workbook = new Workbook();

  const data = workbook.addWorksheet(text.dataSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.addRow(headerRow(columns));
  data.addRow(sampleRow(columns));
  data.getRow(1).font = { bold: true };
  columns.forEach((column, index) => {
    const sheetColumn = data.getColumn(index + 1);
    sheetColumn.width = Math.min(40, Math.max(12, column.header.length + 2, column.example.length + 2));
    // Text format, so a spreadsheet keeps "0012" or "1-2" as typed instead of turning them into numbers or dates.
    sheetColumn.numFmt = '@';
  });

  const instructions = workbook.addWorksheet(text.instructionsSheet);
  const { headings } = text;
  instructions.addRow([
    headings.column,
    headings.required,
    headings.description,
    headings.allowed,
    headings.example,
  ]);
  instructions.getRow(1).font = { bold: true };
  for (const column of columns) {
    instructions.addRow(
      [
        column.header,
        column.required ? text.yes : text.no,
        text.describe(column),
        column.allowed?.join(', ') ?? '',
        column.example,
      ].map(neutraliseCell),
    );
  }
  [22, 10, 70, 40, 40].forEach((width, index) => {
    instructions.getColumn(index + 1).width = width;
  });
  instructions.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
