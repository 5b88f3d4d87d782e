/**
 * A text cell starting with = + - @ (or a tab or carriage return) runs as a formula when the file is opened
 * in a spreadsheet (CSV/formula injection); a leading apostrophe makes it plain text, as OWASP advises.
 * Only text is neutralised: numbers, negative ones included, are written as numbers and never evaluated.
 */
export const neutraliseCell = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export type CellValue = string | number | null;

export const neutraliseValue = (value: CellValue): CellValue =>
  typeof value === 'string' ? neutraliseCell(value) : value;
