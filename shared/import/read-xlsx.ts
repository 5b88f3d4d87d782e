import type { CellValue } from 'exceljs';
import { loadExcelJs } from './libraries';
import type { RawRow } from './raw-table';

/** A cell as the text a user reads in it: dates as YYYY-MM-DD, formulas by their result. */
export const cellText = (value: CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return cellText(value.result);
};

/**
 * Reads the first worksheet of an XLSX workbook (the template puts the data first, the instructions
 * after). Undefined when the zip is not a readable workbook or has no worksheet.
 */
export const readXlsx = async (bytes: Uint8Array): Promise<RawRow[] | undefined> => {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    // exceljs declares Node's Buffer, but reads any Uint8Array (JSZip underneath), in Node and browsers.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return undefined;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return undefined;
  const grid: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    grid.push({ number, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return grid;
};
