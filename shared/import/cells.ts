/**
 * Converts spreadsheet cells (always read as text) into the values the shared zod schemas expect. A cell
 * that cannot be converted is passed on as written, so the schema reports it with its usual message.
 * An empty cell becomes undefined: the schema's default applies, and an update clears the field.
 */
import type { RegisterLabels } from '../export/labels';
import { readItems, splitItems } from './cell-lists';
import type { ImportWords } from './words';

export { splitItems };

/** What a cell is read with besides its text: the words of the exported files, in every language. */
export interface CellContext {
  words: ImportWords;
}

export type CellParser = (cell: string, context: CellContext) => unknown;

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
export const rating: CellParser = (cell, context) => number(cell, context) ?? null;

/** Words compare as a user reads them: letter case, accents' composition and runs of spaces aside. */
const wordKey = (word: string): string => word.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

type LabelsOf = (labels: RegisterLabels) => Readonly<Record<string, string>>;

/**
 * The value a word names: the value itself ("state-owned") or its label in any language the files are
 * written in ("State-owned", "Détenu par l'État"). Built once per set of words: 10,000 rows look each up
 * in a map.
 */
const valueLookup = (labelsOf: LabelsOf) => {
  const made = new WeakMap<ImportWords, Map<string, string>>();
  return (word: string, words: ImportWords): string | undefined => {
    let values = made.get(words);
    if (!values) {
      values = new Map();
      // The user's language first: its label wins should two languages share a word.
      for (const labels of [...words].reverse()) {
        for (const [value, label] of Object.entries(labelsOf(labels))) {
          values.set(wordKey(label), value);
          values.set(wordKey(value), value);
        }
      }
      made.set(words, values);
    }
    return values.get(wordKey(word));
  };
};

/**
 * A choice, by its value or its label. Without labels (the column's words are not known) the value is
 * compared in lower case, as the file format writes it: "Listed" means "listed".
 */
export const choice = (labelsOf?: LabelsOf): CellParser => {
  const lookUp = labelsOf && valueLookup(labelsOf);
  return (cell, { words }) => {
    const value = blankToUndefined(cell);
    if (value === undefined) return undefined;
    return lookUp?.(value, words) ?? value.toLowerCase();
  };
};

const booleanWords: Readonly<Record<string, boolean>> = {
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

/** Yes or no, as the export writes them in any language, or as a spreadsheet does (TRUE, 1). */
export const boolean: CellParser = (cell, { words }) => {
  const value = blankToUndefined(cell);
  if (value === undefined) return undefined;
  const key = wordKey(value);
  const known = booleanWords[key];
  if (known !== undefined) return known;
  if (words.some((labels) => wordKey(labels.yes) === key)) return true;
  if (words.some((labels) => wordKey(labels.no) === key)) return false;
  return value;
};

export const list: CellParser = splitItems;

const orUndefined = (part: string | undefined): string | undefined =>
  part === undefined || part === '' ? undefined : part;

const listingValue = valueLookup((labels) => labels.listing);

/** `FCC Covered List:2021-03-12:note; us-entity-list` → [{ list, since, note }, { list }]. */
export const listings: CellParser = (cell, { words }) =>
  readItems(cell, ':', 3).map(([list = '', since, note]) => ({
    list: listingValue(list, words) ?? list.toLowerCase(),
    since: orUndefined(since),
    note: orUndefined(note),
  }));

/** `scheme|reference|validUntil; …` */
export const certifications: CellParser = (cell) =>
  readItems(cell, '|', 3).map(([scheme, reference, validUntil]) => ({
    scheme: orUndefined(scheme),
    reference: orUndefined(reference),
    validUntil: orUndefined(validUntil),
  }));

/** `name|role|email|phone; …` */
export const contacts: CellParser = (cell) =>
  readItems(cell, '|', 4).map(([name, role, email, phone]) => ({
    name: orUndefined(name),
    role: orUndefined(role),
    email: orUndefined(email),
    phone: orUndefined(phone),
  }));

const actionStatus = valueLookup((labels) => labels.actionStatus);

/** `title|owner|dueDate|status; …`: a risk's actions; their ids are matched afterwards (see risk-columns). */
export const actions: CellParser = (cell, { words }) =>
  readItems(cell, '|', 4).map(([title, owner, dueDate, status]) => ({
    title: orUndefined(title),
    owner: orUndefined(owner),
    dueDate: orUndefined(dueDate),
    status: status ? (actionStatus(status, words) ?? status.toLowerCase()) : undefined,
  }));
