import { loadExcelJs, loadPapa } from '../import/libraries';
import type { RegistersInput } from './context';
import type { RegisterName } from './labels';
import { looksLikeFormula, neutraliseValue } from './neutralise';
import type { SheetTable } from './register-table';
import { registerTable, registerTables } from './registers';

/** Past this many columns a reader scrolls sideways, so the first column (the record's name) stays put. */
const wideSheetColumns = 8;

/** Excel's Text number format: a cell so formatted stays text when the user edits it and presses Enter. */
const TEXT_FORMAT = '@';

/**
 * Tables as one XLSX workbook, a sheet each: bold header row with a filter, frozen header (and first
 * column on wide sheets), set widths. Text is written as string cells, exactly as the user typed it: a
 * spreadsheet never evaluates a string cell, so no apostrophe is needed (it would show in the cell). A
 * text that looks like a formula is also given the Text format, so that editing the cell keeps it text.
 */
export const buildWorkbook = async (tables: readonly SheetTable[]): Promise<Uint8Array<ArrayBuffer>> => {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  for (const table of tables) {
    const wide = table.columns.length > wideSheetColumns;
    const sheet = workbook.addWorksheet(table.sheetName, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: wide ? 1 : 0 }],
    });
    sheet.addRow(table.columns.map(({ header }) => header)).font = { bold: true };
    for (const values of table.rows) {
      sheet.addRow(values).eachCell((cell) => {
        if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.numFmt = TEXT_FORMAT;
      });
    }
    table.columns.forEach(({ width }, index) => {
      sheet.getColumn(index + 1).width = width;
    });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

/** The registers as one workbook, a sheet each (see buildWorkbook). */
export const buildRegistersWorkbook = (input: RegistersInput): Promise<Uint8Array<ArrayBuffer>> =>
  buildWorkbook(registerTables(input));

/**
 * One table as CSV: header row and a row per record, formula-like text neutralised with an apostrophe
 * (a CSV file has no cell types), CRLF line ends and a UTF-8 byte
 * order mark so Excel reads accented names right.
 */
export const buildTableCsv = async (table: SheetTable): Promise<string> => {
  const papa = await loadPapa();
  const csv = papa.unparse(
    [table.columns.map(({ header }) => header), ...table.rows].map((row) => row.map(neutraliseValue)),
    { newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
};

/** One register as CSV (see buildTableCsv). */
export const buildRegisterCsv = (register: RegisterName, input: RegistersInput): Promise<string> =>
  buildTableCsv(registerTable(register, input));
