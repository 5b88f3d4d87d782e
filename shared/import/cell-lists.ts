/**
 * The one syntax of cells that hold several values, written by the workbook and CSV export and read by the
 * import: items separated by ";" (written "; "), each item made of parts separated by "|" (contacts,
 * certifications, actions) or ":" (listings). A separator that belongs to a value is written with a
 * backslash ("R\;D" is one tag), and so is a backslash that would otherwise read as one ("C:\\" ends in a
 * backslash); any other backslash is an ordinary character, so "C:\temp" reads as typed. The last part of
 * an item takes the rest of it, part separators included ("fcc-covered:2021-03-12:Note: see X").
 */

const ITEM = ';';
const BACKSLASH = '\\';

export type PartSeparator = '|' | ':';

/** A backslash before one of these is an escape; before anything else it is a character. */
const escapable = (separator: PartSeparator | undefined): string => `${ITEM}${BACKSLASH}${separator ?? ''}`;

/**
 * Reads a cell into items, each split into at most `count` parts (1 for a plain list), escapes resolved,
 * every part trimmed. Blank items are dropped. Linear in the cell's length, whatever it holds.
 */
export const readItems = (cell: string, separator?: PartSeparator, count = 1): string[][] => {
  const escapes = escapable(separator);
  const items: string[][] = [];
  let parts: string[] = [];
  let part = '';
  const endItem = () => {
    parts.push(part.trim());
    if (parts.some((value) => value !== '')) items.push(parts);
    parts = [];
    part = '';
  };
  for (let index = 0; index < cell.length; index += 1) {
    const character = cell[index] ?? '';
    const next = cell[index + 1];
    if (character === BACKSLASH && next !== undefined && escapes.includes(next)) {
      part += next;
      index += 1;
    } else if (character === ITEM) endItem();
    else if (character === separator && parts.length < count - 1) {
      parts.push(part.trim());
      part = '';
    } else part += character;
  }
  endItem();
  return items;
};

/** Items of a ';'-separated cell, trimmed, blanks dropped. */
export const splitItems = (cell: string): string[] => readItems(cell).map(([item = '']) => item);

/** A value as one part of a cell: its separators and any backslash that would read as an escape, escaped. */
const escapePart = (value: string, separator: PartSeparator | undefined, last: boolean): string => {
  const escapes = escapable(separator);
  const special = last ? ITEM : `${ITEM}${separator ?? ''}`;
  let written = '';
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index] ?? '';
    const next = value[index + 1];
    if (special.includes(character)) written += `${BACKSLASH}${character}`;
    else if (character === BACKSLASH && (next === undefined || escapes.includes(next)))
      written += BACKSLASH + BACKSLASH;
    else written += character;
  }
  return written;
};

/** A list as one cell: "FI; SE". */
export const writeItems = (values: readonly string[]): string =>
  values.map((value) => escapePart(value, undefined, true)).join(`${ITEM} `);

/**
 * Records as one cell, each as its parts ("Anna|Sales||+33…"), absent parts empty and trailing ones
 * left out, so "Anna" alone reads back as a contact with a name only.
 */
export const writeRecords = (
  records: readonly (readonly (string | undefined)[])[],
  separator: PartSeparator,
): string =>
  records
    .map((parts) => {
      const filled = parts.map((part) => part ?? '');
      while (filled.length > 1 && filled.at(-1) === '') filled.pop();
      return filled
        .map((part, index) => escapePart(part, separator, index === filled.length - 1))
        .join(separator);
    })
    .join(`${ITEM} `);
