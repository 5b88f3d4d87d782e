import type { CellValue, Workbook } from 'exceljs';
import type { FileProblem } from '../files/file-problem';
import type { ReportProgress } from '../files/worker-protocol';
import { guardXlsx, type XlsxLimits } from '../files/xlsx-guard';
import { WORKBOOK_ZIP_LIMITS } from '../files/zip-limits';
import { loadExcelJs } from './libraries';
import type { ImportProblem } from './problems';
import type { RawRow } from './raw-table';

/**
 * What the bulk import reads from a workbook: far more rows than a 10 MB file can hold with real data
 * (about 60,000 rows of 25 columns), and four times the columns of the widest template.
 */
export const XLSX_IMPORT_LIMITS: XlsxLimits = { ...WORKBOOK_ZIP_LIMITS, maxRows: 100_000, maxColumns: 100 };

/**
 * A cell as the text a user reads in it: dates as YYYY-MM-DD, formulas by their result, links by their
 * text. Never throws, whatever the file holds: a date outside the calendar reads "Invalid Date", which the
 * checks of the column then refuse with the cell named.
 */
export const cellText = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value)
    return Array.isArray(value.richText) ? value.richText.map((run) => cellText(run.text)).join('') : '';
  if ('hyperlink' in value) return cellText(value.text);
  if ('error' in value) return cellText(value.error);
  if ('result' in value) return cellText(value.result);
  return '';
};

const isInvalidDate = (value: unknown): boolean => value instanceof Date && Number.isNaN(value.getTime());

/** A date cell (or a formula's date result) whose serial number is no day of the calendar. */
const holdsInvalidDate = (value: CellValue): boolean =>
  isInvalidDate(value) ||
  (typeof value === 'object' && value !== null && 'result' in value && isInvalidDate(value.result));

/** Column 28 → "AB", as the spreadsheet labels it. */
const columnLetters = (column: number): string => {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
};

export type LoadedWorkbook = { ok: true; workbook: Workbook } | { ok: false; problem?: FileProblem };

/** Steps reported while a workbook is read: checked and trimmed, loaded, its rows read. */
export const WORKBOOK_STEPS = 3;

/**
 * Loads an XLSX file from outside with ExcelJS once guardXlsx has checked and trimmed it; without a
 * problem when it is not a readable workbook (each reader says so in its own words). Each step is
 * reported, so the file worker knows the reading goes on.
 */
export const loadWorkbook = async (
  bytes: Uint8Array,
  limits: XlsxLimits,
  progress?: ReportProgress,
): Promise<LoadedWorkbook> => {
  const guarded = guardXlsx(bytes, limits);
  if (!guarded.ok) return guarded;
  progress?.(1, WORKBOOK_STEPS);
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    // exceljs declares Node's Buffer, but reads any Uint8Array (JSZip underneath), in Node and browsers.
    await workbook.xlsx.load(guarded.bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false };
  }
  progress?.(2, WORKBOOK_STEPS);
  return { ok: true, workbook };
};

export type XlsxGrid =
  { ok: true; grid: RawRow[]; problems: ImportProblem[] } | { ok: false; problem?: FileProblem };

/** Sheet names compare as a user reads them: letter case and surrounding spaces aside. */
const sheetKey = (name: string): string => name.normalize('NFC').trim().toLowerCase();

/**
 * Reads one worksheet of an XLSX workbook, within XLSX_IMPORT_LIMITS: the first named in `sheetNames`
 * (a registers workbook holds every register, "Risks" among them), else the first (the template puts the
 * data first, the instructions after). Only the cells present are visited: the rows and columns between
 * them are bounded by the limits, checked before ExcelJS sees the file. A date cell outside the calendar
 * is a problem at its row, naming the cell.
 */
export const readXlsx = async (
  bytes: Uint8Array,
  limits = XLSX_IMPORT_LIMITS,
  progress?: ReportProgress,
  sheetNames: readonly string[] = [],
): Promise<XlsxGrid> => {
  const loaded = await loadWorkbook(bytes, limits, progress);
  if (!loaded.ok) return loaded;
  const wanted = new Set(sheetNames.map(sheetKey));
  const { worksheets } = loaded.workbook;
  const sheet = worksheets.find((candidate) => wanted.has(sheetKey(candidate.name))) ?? worksheets[0];
  if (!sheet) return { ok: false };
  const grid: RawRow[] = [];
  const problems: ImportProblem[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
      if (holdsInvalidDate(cell.value))
        problems.push({
          row: number,
          message: 'importer.problems.invalidDate',
          params: { cell: `${columnLetters(column)}${number}` },
        });
    });
    grid.push({ number, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  progress?.(WORKBOOK_STEPS, WORKBOOK_STEPS);
  return { ok: true, grid, problems };
};
