import { useLiveQuery } from 'dexie-react-hooks';
import { referenceEntrySchema, type ReferenceEntry, type ReferenceEntryInput } from '@shared/domain';
import { fccCoveredList, type BuiltInReferenceEntry } from '@shared/reference/fcc-covered-list';
import { diffRecords } from './audit';
import { audited, type AuditedTransaction } from './audited';
import { workspace } from './database';
import { deleteRecords, putRecords, saveRecord } from './records';

/** Every reference list the app ships; a later one (e.g. EU high-risk suppliers) is added here. */
export const builtInReferenceEntries: readonly BuiltInReferenceEntry[] = fccCoveredList;

/**
 * A settings row marking that the built-in entries were written once: the user's deletions and edits are
 * theirs to keep, so later starts never write them again. Stored in the existing settings table (keyed by
 * name), which needs no new schema version.
 */
export const REFERENCE_SEED_KEY = 'reference-seed';
interface SeedMarker {
  key: string;
  seededAt: string;
}

/** The actor of the built-in entries' audit events: no user wrote them. */
export const SYSTEM_ACTOR = 'system';

const byListThenName = (a: ReferenceEntry, b: ReferenceEntry): number =>
  a.list.localeCompare(b.list) || a.name.localeCompare(b.name);

/** Every reference entry, sorted by list then name, live. Undefined while the first read is in flight. */
export const useReferenceEntries = (): ReferenceEntry[] | undefined =>
  useLiveQuery(async () => (await workspace().referenceEntries.toArray()).sort(byListThenName));

export const saveReferenceEntry = (input: ReferenceEntryInput & { id?: string }): Promise<ReferenceEntry> =>
  saveRecord('referenceEntries', referenceEntrySchema, input);

export const deleteReferenceEntry = (id: string): Promise<void> => deleteRecords('referenceEntries', [id]);

/**
 * Writes the built-in entries not already in the table, each with a create event by "system", as a first
 * start does. Call it inside an audited transaction that includes `referenceEntries`.
 */
export const writeBuiltInEntries = async (tx: AuditedTransaction, now: string): Promise<number> => {
  const existing = new Set(await tx.db.referenceEntries.toCollection().primaryKeys());
  const entries = builtInReferenceEntries
    .filter((entry) => !existing.has(entry.id))
    .map((entry) => referenceEntrySchema.parse({ ...entry, createdAt: now, updatedAt: now }));
  await tx.db.referenceEntries.bulkAdd(entries);
  for (const entry of entries) {
    tx.record(
      {
        table: 'referenceEntries',
        recordId: entry.id,
        action: 'create',
        changes: diffRecords(undefined, entry),
      },
      SYSTEM_ACTOR,
    );
  }
  return entries.length;
};

/**
 * Writes the built-in entries the first time a workspace is opened, together with the marker in one
 * transaction: either all of it is written or none, and then the next start tries again. Returns how many
 * entries were written (0 once seeded).
 */
export const seedReferenceEntries = async (): Promise<number> => {
  // Every start but the first finds the marker: a plain read then, not a read-write transaction (with its
  // durable commit) over the audit log before the first screen can show.
  if (await workspace().table<SeedMarker, string>('settings').get(REFERENCE_SEED_KEY)) return 0;
  return audited(['referenceEntries'], async (tx) => {
    const markers = tx.db.table<SeedMarker, string>('settings');
    if (await markers.get(REFERENCE_SEED_KEY)) return 0;
    const now = new Date().toISOString();
    const written = await writeBuiltInEntries(tx, now);
    await markers.put({ key: REFERENCE_SEED_KEY, seededAt: now });
    return written;
  });
};

/**
 * Adds back the built-in entries the user deleted, by the user's own hand (audited as theirs). Entries they
 * edited keep their edits: a built-in entry is recognised by its id, not by its content.
 */
export const restoreBuiltInReferenceEntries = (): Promise<number> =>
  audited(['referenceEntries'], async (tx) => {
    const existing = new Set(await tx.db.referenceEntries.toCollection().primaryKeys());
    const missing = builtInReferenceEntries.filter((entry) => !existing.has(entry.id));
    if (missing.length === 0) return 0;
    return (await putRecords(tx, 'referenceEntries', referenceEntrySchema, missing)).length;
  });
