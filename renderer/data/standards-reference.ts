import {
  builtInStandardEntries,
  changedStandardEntries,
  standardRefSchema,
  standardsListSchema,
  withBuiltInsRestored,
  withStandardEntry,
  type StandardListEntry,
  type StandardRefInput,
} from '@shared/domain/standards';
import type { StandardsReferenceRow } from '../db/database';
import { audited } from './audited';
import { workspace } from './database';
import { sharedLiveQuery } from './sharedLiveQuery';

/**
 * The reference list of standards is one settings row, written at the first edit: until then the list is
 * the built-in one (so a newer app's built-in list reaches a workspace whose list nobody edited). A row
 * of the existing settings table needs no new schema version and no workspace format change.
 */
export const STANDARDS_REFERENCE_KEY = 'standards-reference';

const rows = () => workspace().table<StandardsReferenceRow, string>('settings');

/** The list in use, edited or built in, live and shared: the dependency form and the Standards screens read it. */
export const useStandardsReference: () => readonly StandardListEntry[] | undefined = sharedLiveQuery(
  async () => (await rows().get(STANDARDS_REFERENCE_KEY))?.entries ?? builtInStandardEntries,
);

/**
 * Changes the list in one transaction, from the list as it is then: the whole list is checked (each number
 * once) before anything is written, and one audit event records the entries that changed, before and
 * after. Returns those entries; none when the change changed nothing.
 */
const changeList = (
  change: (entries: readonly StandardListEntry[]) => StandardListEntry[],
): Promise<StandardListEntry[]> =>
  audited([], async (tx) => {
    const current = (await rows().get(STANDARDS_REFERENCE_KEY))?.entries ?? builtInStandardEntries;
    const { entries } = standardsListSchema.parse({ entries: change(current) });
    const [before, after] = changedStandardEntries(current, entries);
    if (before.length === 0 && after.length === 0) return [];
    await rows().put({ key: STANDARDS_REFERENCE_KEY, entries });
    // Always an update: the list existed before its first edit, as the built-in one.
    tx.record({
      table: 'settings',
      recordId: STANDARDS_REFERENCE_KEY,
      action: 'update',
      changes: { entries: [before, after] },
    });
    return after;
  });

/** Adds an entry, or edits the entry of `id`; refused (nothing written) when its number is listed already. */
export const saveStandardEntry = async (
  input: StandardRefInput & { id?: string },
): Promise<StandardListEntry> => {
  const entry = { id: input.id ?? crypto.randomUUID(), ...standardRefSchema.parse(input) };
  await changeList((entries) => withStandardEntry(entries, entry));
  return entry;
};

export const deleteStandardEntry = async (id: string): Promise<void> => {
  await changeList((entries) => entries.filter((entry) => entry.id !== id));
};

/** Adds back the built-in entries the user deleted (edited ones keep their edits); returns how many. */
export const restoreBuiltInStandards = async (): Promise<number> =>
  (await changeList(withBuiltInsRestored)).length;
