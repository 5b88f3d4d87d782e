/**
 * Converts spreadsheet cells (always read as text) into the values the shared zod schemas expect. A cell
 * that cannot be converted is passed on as written, so the schema reports it with its usual message.
 * An empty cell becomes undefined: the schema's default applies, and an update clears the field.
 */

export type CellParser = (cell: string) => unknown;

/** Items of a ';'-separated cell, trimmed, blanks dropped. */
export const splitItems = (cell: string): string[] =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const blankToUndefined = (cell: string): string | undefined => {
  const value = cell.trim();
  return value === '' ? undefined : value;
};

export const text: CellParser = blankToUndefined;

/** Notes keep their line breaks and indentation. */
export const longText: CellParser = (cell) => (cell.trim() === '' ? undefined : cell);

/** Spreadsheets in French write decimals with a comma ("12,5"). */
const numberPattern = /^[-+]?\d+([.,]\d+)?$/;

export const number: CellParser = (cell) => {
  const value = blankToUndefined(cell);
  if (value === undefined) return undefined;
  return numberPattern.test(value) ? Number(value.replace(',', '.')) : value;
};

/** A sovereignty rating left empty means "not rated", which the schema stores as null. */
export const rating: CellParser = (cell) => number(cell) ?? null;

const booleans: Readonly<Record<string, boolean>> = {
  yes: true,
  true: true,
  y: true,
  '1': true,
  oui: true,
  no: false,
  false: false,
  n: false,
  '0': false,
  non: false,
};

export const boolean: CellParser = (cell) => {
  const value = blankToUndefined(cell);
  if (value === undefined) return undefined;
  return booleans[value.toLowerCase()] ?? value;
};

export const list: CellParser = splitItems;

/** Splits an item into its parts: `a|b|c` for records, `list:since:note` for listings. */
const parts = (item: string, separator: string, count: number): (string | undefined)[] => {
  const pieces = item.split(separator);
  const head = pieces.slice(0, count - 1);
  const rest = pieces.slice(count - 1).join(separator);
  return [...head, rest].map((piece) => blankToUndefined(piece ?? ''));
};

/** `fcc-covered:2021-03-12; us-entity-list` → [{ list, since }, { list }]. */
export const listings: CellParser = (cell) =>
  splitItems(cell).map((item) => {
    const [list, since, note] = parts(item, ':', 3);
    return { list: list?.toLowerCase(), since, note };
  });

/** `scheme|reference|validUntil; …` */
export const certifications: CellParser = (cell) =>
  splitItems(cell).map((item) => {
    const [scheme, reference, validUntil] = parts(item, '|', 3);
    return { scheme, reference, validUntil };
  });

/** `name|role|email|phone; …` */
export const contacts: CellParser = (cell) =>
  splitItems(cell).map((item) => {
    const [name, role, email, phone] = parts(item, '|', 4);
    return { name, role, email, phone };
  });

/** Choices are written in lower case in the file format; "Listed" in a spreadsheet means "listed". */
export const choice: CellParser = (cell) => blankToUndefined(cell)?.toLowerCase();
