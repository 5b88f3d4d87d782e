/** A row of an import file: its number as the spreadsheet shows it, and its cells as text. */
export interface RawRow {
  number: number;
  cells: string[];
}

/** The file as a grid of text, before any column is interpreted. */
export interface RawTable {
  headerRow: number;
  headers: string[];
  rows: RawRow[];
}

export const isBlankRow = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/** Splits a grid into its header (the first non-blank row) and the non-blank rows after it. */
export const toRawTable = (grid: readonly RawRow[]): RawTable | undefined => {
  const filled = grid.filter((row) => !isBlankRow(row.cells));
  const [header, ...rows] = filled;
  if (!header) return undefined;
  return { headerRow: header.number, headers: header.cells.map((cell) => cell.trim()), rows };
};
