import { Refusal } from '@shared/messages/refusal';
import { useLiveQuery } from 'dexie-react-hooks';
import { checklistSchema, type Checklist, type ChecklistInput } from '@shared/domain';
import type { ChecklistFileEntry } from '@shared/checklists/checklist-file';
import { localiseChecklist } from '@shared/checklists/localise';
import type { TableName, WorkbenchDatabase } from '../db/database';
import { audited } from './audited';
import { builtInChecklist, getChecklist } from './checklists';
import { workspace } from './database';
import { putRecords, removeRecords } from './records';

/** How many assessments use the checklist (any version): while some do, it cannot be deleted. */
export const checklistUsage = (id: string): Promise<number> =>
  workspace().assessments.where('checklistId').equals(id).count();

/** The versions of the checklist that assessments were made with (live): a change needs another version. */
export const usePinnedVersions = (id: string | undefined): string[] | undefined =>
  useLiveQuery(async () => {
    if (!id) return [];
    const assessments = await workspace().assessments.where('checklistId').equals(id).toArray();
    return [...new Set(assessments.map((assessment) => assessment.checklistVersion))];
  }, [id]);

/** Assessments that pin this version of the checklist: its content must not change under them. */
const pinnedCount = async (db: WorkbenchDatabase, id: string, version: string): Promise<number> =>
  db.assessments
    .where('checklistId')
    .equals(id)
    .filter((assessment) => assessment.checklistVersion === version)
    .count();

const writeScope: readonly TableName[] = ['checklists', 'assessments'];

/**
 * Saves an own checklist (never a built-in: those live in the code). Changing a checklist that assessments
 * already use requires a new version, so the version those assessments pinned keeps its meaning.
 */
export const saveChecklist = async (input: ChecklistInput & { id?: string }): Promise<Checklist> => {
  const { id } = input;
  if (id && builtInChecklist(id)) throw new Refusal('checklists.refused.builtIn');
  return audited(writeScope, async (tx) => {
    const { db } = tx;
    const pinned = id ? await pinnedCount(db, id, input.version.trim()) : 0;
    if (pinned > 0) {
      throw new Refusal('checklists.refused.versionInUse', {
        count: pinned,
        version: input.version.trim(),
      });
    }
    // `source` is spelled out so that clearing it replaces the stored one instead of merging over it.
    const [saved] = await putRecords(tx, 'checklists', checklistSchema, [
      { source: undefined, ...input, builtIn: false },
    ]);
    const stored = saved ?? (id ? await db.checklists.get(id) : undefined);
    if (!stored) throw new Error('The checklist was not saved.');
    return stored;
  });
};

/**
 * A new own copy of any checklist, version kept, under the name given (e.g. "… (copy)"). A built-in is
 * copied in the language the user reads it in: the copy is theirs to edit, in their words.
 */
export const duplicateChecklist = async (id: string, name: string, language: string): Promise<Checklist> => {
  const original = await getChecklist(id);
  if (!original) throw new Refusal('checklists.refused.missing');
  const {
    id: _id,
    createdAt: _created,
    updatedAt: _updated,
    ...content
  } = localiseChecklist(original, language);
  return saveChecklist({ ...content, name });
};

/** Deletes an own checklist, refused while any assessment uses it (their answers are keyed by its items). */
export const deleteChecklist = async (id: string): Promise<void> => {
  if (builtInChecklist(id)) throw new Refusal('checklists.refused.builtIn');
  await audited(writeScope, async (tx) => {
    const used = await tx.db.assessments.where('checklistId').equals(id).count();
    if (used > 0) throw new Refusal('checklists.refused.inUse', { count: used });
    await removeRecords(tx, 'checklists', [id]);
  });
};

export interface ChecklistImportSummary {
  added: number;
  replaced: number;
}

/**
 * Writes the checklists of a file in one transaction with their audit events, or nothing. One that already
 * exists is replaced, unless assessments pin the same version: replacing it would change what they answered.
 */
export const importChecklists = async (
  entries: readonly ChecklistFileEntry[],
): Promise<ChecklistImportSummary> => {
  return audited(writeScope, async (tx) => {
    const { db } = tx;
    const existing = new Set(
      (await db.checklists.bulkGet(entries.map((entry) => entry.id))).flatMap((row) => (row ? [row.id] : [])),
    );
    for (const entry of entries) {
      if (builtInChecklist(entry.id)) throw new Refusal('checklists.refused.builtIn');
      const pinned = existing.has(entry.id) ? await pinnedCount(db, entry.id, entry.version) : 0;
      if (pinned > 0) {
        throw new Refusal('checklists.refused.importVersionInUse', {
          name: entry.name,
          version: entry.version,
          count: pinned,
        });
      }
    }
    await putRecords(
      tx,
      'checklists',
      checklistSchema,
      entries.map((entry) => ({ source: undefined, ...entry, builtIn: false })),
    );
    return { added: entries.length - existing.size, replaced: existing.size };
  });
};
