/**
 * Text a spreadsheet would run as a formula when a CSV file is opened (CSV/formula injection): a cell whose
 * first visible character is = + - or @ — after any spaces, no-break spaces, zero-width characters or byte
 * order marks, which Excel and LibreOffice skip — in its ASCII, full-width (＝＋－＠) or small (﹦﹢﹣﹫)
 * form, or a cell starting with a tab or a carriage return.
 */
const formulaStart =
  /^(?:[\t\r]|[\s\u200b-\u200d\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b])/;

export const looksLikeFormula = (text: string): boolean => formulaStart.test(text);

/** Text the CSV import would take an apostrophe from ("'=1"): it is given one more, so it reads back as typed. */
const startsQuotedFormula = (text: string): boolean =>
  text.startsWith("'") && looksLikeFormula(text.replace(/^'+/, ''));

/**
 * A leading apostrophe makes such a cell plain text in a CSV file, as OWASP advises. Only text is
 * neutralised: numbers, negative ones included, are written as numbers and never evaluated.
 */
export const neutraliseCell = (text: string): string =>
  looksLikeFormula(text) || startsQuotedFormula(text) ? `'${text}` : text;

/**
 * What a CSV cell holds once its neutralising apostrophe is taken off: the import reads "'=1" as "=1",
 * so a register exported as CSV imports back as it was typed. Any other apostrophe is the user's.
 */
export const unneutraliseCell = (text: string): string =>
  text.startsWith("'") && (looksLikeFormula(text.slice(1)) || startsQuotedFormula(text.slice(1)))
    ? text.slice(1)
    : text;

export type CellValue = string | number | null;

export const neutraliseValue = (value: CellValue): CellValue =>
  typeof value === 'string' ? neutraliseCell(value) : value;
