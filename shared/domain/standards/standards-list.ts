import { z } from 'zod';
import { builtInStandards } from './reference-list';
import { builtInStandardTitlesFr } from './reference-list-fr';
import { standardKey } from './standard-number';
import { standardRefSchema } from './standard-ref';

/**
 * An entry of the editable reference list of standards. A built-in entry's id is its built-in number, kept
 * whatever the user edits, so "restore the built-in entries" recognises it by id, not by content, as the
 * vendor reference lists do; an entry the user adds gets a UUID.
 */
export const standardListEntrySchema = standardRefSchema.extend({ id: z.string().min(1).max(100) });
export type StandardListEntry = z.infer<typeof standardListEntrySchema>;

/** What the list is before any edit, and what restoring brings back. */
export const builtInStandardEntries: readonly StandardListEntry[] = Object.freeze(
  builtInStandards.map((standard) => ({ id: standard.number, ...standard })),
);

const builtInById = new Map(builtInStandardEntries.map((entry) => [entry.id, entry]));

/** Far above the 80 built-in entries: the list names the main specifications, not every one of 3GPP's. */
export const MAX_REFERENCE_STANDARDS = 2_000;

/** Another entry of the list with the same number (spellings aside), if any: each number is listed once. */
export const duplicateStandard = (
  entries: readonly StandardListEntry[],
  number: string,
  id: string | undefined,
): StandardListEntry | undefined =>
  entries.find((entry) => entry.id !== id && standardKey(entry.number) === standardKey(number));

/** The list as stored (Settings row `standards-reference`): ids and numbers each once. */
export const standardsListSchema = z.object({
  entries: z
    .array(standardListEntrySchema)
    .max(MAX_REFERENCE_STANDARDS, 'validation.tooLong')
    .superRefine((entries, context) => {
      const ids = new Set<string>();
      entries.forEach((entry, index) => {
        if (ids.has(entry.id) || duplicateStandard(entries.slice(0, index), entry.number, undefined))
          context.addIssue({
            code: 'custom',
            message: 'validation.duplicateStandard',
            path: [index, 'number'],
          });
        ids.add(entry.id);
      });
    }),
});

/** The list with `entry` in place of the entry of its id, or added at the end when none has it. */
export const withStandardEntry = (
  entries: readonly StandardListEntry[],
  entry: StandardListEntry,
): StandardListEntry[] =>
  entries.some((existing) => existing.id === entry.id)
    ? entries.map((existing) => (existing.id === entry.id ? entry : existing))
    : [...entries, entry];

/**
 * The list with the built-in entries the user deleted added back, in the built-in order at the end. An
 * edited built-in entry keeps its edits, and a built-in number the user has since listed again is not
 * added twice.
 */
export const withBuiltInsRestored = (entries: readonly StandardListEntry[]): StandardListEntry[] => {
  const ids = new Set(entries.map((entry) => entry.id));
  const missing = builtInStandardEntries.filter(
    (entry) => !ids.has(entry.id) && !duplicateStandard(entries, entry.number, entry.id),
  );
  return [...entries, ...missing];
};

/**
 * The entries that differ between two versions of the list, by id: before (edited or deleted) and after
 * (edited or added). What an audit event records, so a change of one title does not copy the whole list.
 */
export const changedStandardEntries = (
  before: readonly StandardListEntry[],
  after: readonly StandardListEntry[],
): [StandardListEntry[], StandardListEntry[]] => {
  const same = (a: StandardListEntry, b: StandardListEntry | undefined) =>
    b !== undefined &&
    a.number === b.number &&
    a.title === b.title &&
    a.generation === b.generation &&
    a.domain === b.domain;
  const afterById = new Map(after.map((entry) => [entry.id, entry]));
  const beforeById = new Map(before.map((entry) => [entry.id, entry]));
  return [
    before.filter((entry) => !same(entry, afterById.get(entry.id))),
    after.filter((entry) => !same(entry, beforeById.get(entry.id))),
  ];
};

/**
 * An entry's title in the reader's language: a built-in entry whose title the user left as shipped has
 * our French wording; any title the user wrote is shown as written.
 */
export const standardTitle = (entry: StandardListEntry, language: string): string => {
  const builtIn = builtInById.get(entry.id);
  return language.startsWith('fr') && builtIn?.title === entry.title
    ? (builtInStandardTitlesFr[builtIn.number] ?? entry.title)
    : entry.title;
};
