import { loadExcelJs, loadPapa } from '../import/libraries';
import type { RegistersInput } from './context';
import type { RegisterName } from './labels';
import { neutraliseValue } from './neutralise';
import { registerTable, registerTables } from './registers';

/** Past this many columns a reader scrolls sideways, so the first column (the record's name) stays put. */
const wideSheetColumns = 8;

/**
 * The registers as one XLSX workbook, a sheet each: bold header row with a filter, frozen header (and
 * first column on wide sheets), set widths, every text cell neutralised against formula injection.
 */
export const buildRegistersWorkbook = async (input: RegistersInput): Promise<Uint8Array<ArrayBuffer>> => {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  for (const table of registerTables(input)) {
    const wide = table.columns.length > wideSheetColumns;
    const sheet = workbook.addWorksheet(table.sheetName, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: wide ? 1 : 0 }],
    });
    sheet.addRow(table.columns.map(({ header }) => header).map(neutraliseValue)).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(neutraliseValue));
    table.columns.forEach(({ width }, index) => {
      sheet.getColumn(index + 1).width = width;
    });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

/**
 * One register as CSV: header row and a row per record, text neutralised, CRLF line ends and a UTF-8 byte
 * order mark so Excel reads accented names right.
 */
export const buildRegisterCsv = async (register: RegisterName, input: RegistersInput): Promise<string> => {
  const papa = await loadPapa();
  const table = registerTable(register, input);
  const csv = papa.unparse(
    [table.columns.map(({ header }) => header), ...table.rows].map((row) => row.map(neutraliseValue)),
    { newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
};
