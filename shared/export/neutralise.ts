/**
 * Text a spreadsheet would run as a formula when a CSV file is opened (CSV/formula injection): a cell whose
 * first visible character is = + - or @ — after any spaces, no-break spaces, zero-width characters or byte
 * order marks, which Excel and LibreOffice skip — in its ASCII, full-width (＝＋－＠) or small (﹦﹢﹣﹫)
 * form, or a cell starting with a tab or a carriage return.
 */
const formulaStart =
  /^(?:[\t\r]|[\s\u200b-\u200d\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b])/;

export const looksLikeFormula = (text: string): boolean => formulaStart.test(text);

/**
 * A leading apostrophe makes such a cell plain text in a CSV file, as OWASP advises. Only text is
 * neutralised: numbers, negative ones included, are written as numbers and never evaluated.
 */
export const neutraliseCell = (text: string): string => (looksLikeFormula(text) ? `'${text}` : text);

export type CellValue = string | number | null;

export const neutraliseValue = (value: CellValue): CellValue =>
  typeof value === 'string' ? neutraliseCell(value) : value;
