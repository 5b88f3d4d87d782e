import { xmlSafeText } from '../domain/xml-text';
import { writeItems } from '../import/cell-lists';
import type { RegisterContext } from './context';
import type { HeaderKey, RegisterName } from './labels';
import type { CellValue } from './neutralise';

export interface RegisterColumn<Row> {
  key: HeaderKey;
  /** In characters, as spreadsheets measure column widths. */
  width: number;
  value: (row: Row, context: RegisterContext) => CellValue;
}

/** A sheet of a workbook or a CSV file: translated headers, widths, and one row of cells per record. */
export interface SheetTable {
  sheetName: string;
  columns: { header: string; width: number }[];
  rows: CellValue[][];
}

/** One register laid out as a table. */
export interface RegisterTable extends SheetTable {
  register: RegisterName;
}

export const column = <Row>(
  key: HeaderKey,
  width: number,
  value: RegisterColumn<Row>['value'],
): RegisterColumn<Row> => ({ key, width, value });

/** Stored text may predate the text schemas' cleaning: each cell is cleaned again, so every export is well-formed. */
export const xmlSafeCell = (value: CellValue): CellValue =>
  typeof value === 'string' ? xmlSafeText(value) : value;

export const tabulate = <Row>(
  register: RegisterName,
  rows: readonly Row[],
  columns: readonly RegisterColumn<Row>[],
  context: RegisterContext,
): RegisterTable => ({
  register,
  sheetName: context.labels.sheets[register],
  columns: columns.map(({ key, width }) => ({ header: context.labels.headers[key], width })),
  rows: rows.map((row) => columns.map((definition) => xmlSafeCell(definition.value(row, context)))),
});

/** YYYY-MM-DD of a date or an ISO date-time, or an empty cell. */
export const day = (date: string | undefined): string | null => (date ? date.slice(0, 10) : null);

/** A list in the cell syntax the import reads: "FI; SE", a ";" inside a value escaped. */
export const list = (values: readonly string[]): string => writeItems(values);

export const optional = <T extends CellValue>(value: T | undefined): T | null => value ?? null;
