import type { RegisterLabels } from '../export/labels';
import { exampleOf, type ImportColumn, type ImportEntity } from './columns';
import { entityImports } from './entities';
import { neutraliseCell } from '../export/neutralise';
import { loadExcelJs, loadPapa } from './libraries';

/** The words of the XLSX template, in the user's language. */
export interface TemplateText {
  /** The exported files' words: the data sheet, the headers and the choices are named as the workbook names them. */
  labels: RegisterLabels;
  instructionsSheet: string;
  headings: { column: string; required: string; description: string; allowed: string; example: string };
  yes: string;
  no: string;
  describe: (column: ImportColumn) => string;
}

// Re-exported: the import template was its first user; the registers export shares the one rule.
export { neutraliseCell };

/** The headers as the workbook writes them: a template and an exported register read alike. */
const headerRow = (columns: readonly ImportColumn[], labels: RegisterLabels): string[] =>
  columns.map((column) => neutraliseCell(labels.headers[column.header]));

const sampleRow = (columns: readonly ImportColumn[], labels: RegisterLabels): string[] =>
  columns.map((column) => neutraliseCell(column.inSampleRow ? exampleOf(column, labels) : ''));

/** A choice's values as the template lists them: by their labels when they have some. */
const allowedValues = (column: ImportColumn, labels: RegisterLabels): string => {
  const named = column.labels?.(labels);
  return (column.allowed ?? (named ? Object.keys(named) : []))
    .map((value) => named?.[value] ?? value)
    .join(', ');
};

/**
 * The CSV template, in the words of `labels`: the headers and one example row, UTF-8 with a BOM so Excel
 * reads accents right.
 */
export const csvTemplate = async (
  entity: ImportEntity,
  labels: RegisterLabels,
): Promise<Uint8Array<ArrayBuffer>> => {
  const papa = await loadPapa();
  const { columns } = entityImports[entity];
  const csv = papa.unparse([headerRow(columns, labels), sampleRow(columns, labels)], { newline: '\r\n' });
  return new TextEncoder().encode(`\uFEFF${csv}\r\n`);
};

/** The XLSX template: a data sheet (headers and one example row) and a sheet documenting each column. */
export const xlsxTemplate = async (
  entity: ImportEntity,
  text: TemplateText,
): Promise<Uint8Array<ArrayBuffer>> => {
  const { Workbook } = await loadExcelJs();
  const { columns, register } = entityImports[entity];
  const { labels } = text;
  const workbook = new Workbook();

  const data = workbook.addWorksheet(labels.sheets[register], { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = headerRow(columns, labels);
  const examples = columns.map((column) => exampleOf(column, labels));
  data.addRow(headers);
  data.addRow(sampleRow(columns, labels));
  data.getRow(1).font = { bold: true };
  columns.forEach((_column, index) => {
    const sheetColumn = data.getColumn(index + 1);
    const widest = Math.max((headers[index] ?? '').length, (examples[index] ?? '').length);
    sheetColumn.width = Math.min(40, Math.max(12, widest + 2));
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
        labels.headers[column.header],
        column.required ? text.yes : text.no,
        text.describe(column),
        allowedValues(column, labels),
        exampleOf(column, labels),
      ].map(neutraliseCell),
    );
  }
  [22, 10, 70, 40, 40].forEach((width, index) => {
    instructions.getColumn(index + 1).width = width;
  });
  instructions.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
