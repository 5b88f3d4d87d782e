import { workspaceTables, type WorkspaceRecords } from '@shared/workspace/workspace-data';
import { settingsGroupsIn, type SettingsGroup } from '@shared/workspace/workspace-settings';
import {
  buildWorkspaceFile,
  type WorkspaceFileApp,
  type WorkspaceFileContents,
  type WorkspaceFileProblem,
} from '@shared/workspace/workspace-file';
import type { EvidenceRow } from '../db/database';
import { localToday } from '@shared/domain';
import { discardAnswerDrafts } from './answer-drafts';
import { audited } from './audited';
import { workspace } from './database';
import { REFERENCE_SEED_KEY, builtInReferenceEntries, writeBuiltInEntries } from './reference';
import {
  readWorkspaceTables,
  recordsHeld,
  storedRows,
  storedTableHandle,
  storedWorkspaceTables,
} from './workspace-tables';
import { readWorkspaceSettings, replaceWorkspaceSettings } from './workspace-settings';

/** A backup ready to save: the suggested file name and the file (a Blob of any size, built of stored blobs). */
export interface WorkspaceBackup {
  fileName: string;
  file: Blob;
  exportedAt: string;
}

export type WorkspaceBackupResult =
  { ok: true; backup: WorkspaceBackup } | { ok: false; problem: WorkspaceFileProblem };

/** Done of total: evidence files read (backup) or records written (restore). */
export type OnProgress = (done: number, total: number) => void;

const settingsRows = <Row extends { key: string }>() => workspace().table<Row, string>('settings');

/**
 * The whole workspace as a workspace file. Every table and the settings groups are read in one transaction,
 * so the file is one consistent moment; the evidence files are the stored blobs themselves (a blob outlives the transaction),
 * each read once for its checksum, never copied, so a backup of any size holds one file's chunk at a time.
 */
export const exportWorkspace = async (
  app: WorkspaceFileApp,
  {
    now = new Date(),
    onProgress,
    signal,
  }: { now?: Date; onProgress?: OnProgress; signal?: AbortSignal } = {},
): Promise<WorkspaceBackupResult> => {
  const db = workspace();
  const { records, settings, profile } = await db.transaction(
    'r',
    [...storedWorkspaceTables, 'settings'],
    async () => ({
      records: (await readWorkspaceTables()) as unknown as Omit<WorkspaceRecords, 'evidence'> & {
        evidence: EvidenceRow[];
      },
      settings: await readWorkspaceSettings(db),
      profile: await db.settings.get('profile'),
    }),
  );
  const evidenceRows = records.evidence;
  const evidence = evidenceRows.map(({ blob: _blob, ...record }) => record);
  const exportedAt = now.toISOString();
  const built = await buildWorkspaceFile(
    {
      records: { ...records, evidence },
      settings,
      evidenceFiles: new Map(evidenceRows.map((row) => [row.id, row.blob])),
      organisation: {
        name: profile?.organisationName ?? '',
        ...(profile?.organisationCountry && { country: profile.organisationCountry }),
      },
      app,
      exportedAt,
    },
    { ...(onProgress && { onProgress }), ...(signal && { signal }) },
  );
  if (!built.ok) return built;
  return {
    ok: true,
    backup: { fileName: `diligence-workbench-${localToday(now)}.zip`, file: built.file, exportedAt },
  };
};

/** Rows written per step of a restore, between two progress reports. */
const ROWS_PER_STEP = 2000;

/**
 * Whether a backup leaves the reference lists to the built-in entries: a file without a single entry was
 * written before reference lists existed (format 1) or by a workspace that never had them, and restoring its
 * empty list would silently turn the listing checks off.
 */
export const backupLacksReferenceEntries = (records: Pick<WorkspaceRecords, 'referenceEntries'>): boolean =>
  records.referenceEntries.length === 0;

/** How many built-in reference entries a restore writes when the backup has none. */
export const builtInReferenceEntryCount = builtInReferenceEntries.length;

/**
 * What a restore did beyond copying the file: where the reference-list entries now in the workspace come
 * from, and the settings groups taken from the backup (every other group went back to its default).
 */
export interface RestoreSummary {
  referenceEntries: { from: 'backup' | 'builtIn'; count: number };
  settings: SettingsGroup[];
}

/**
 * Replaces the whole workspace with a file's checked contents (read by `readWorkspaceFile`, evidence
 * already hashed: nothing here awaits anything but the database, so the transaction stays open), in one
 * transaction: every table is cleared and refilled, the user's own settings (their profile and last
 * backup) are kept, the reference lists are marked as seeded (the file's entries are the truth now, or the
 * built-in ones, written as a first start would, when the file has none) and the restore itself is
 * audited. Answer drafts kept on this machine are discarded once it commits. An abort of `signal` before
 * the end rejects with its reason and aborts the transaction: the workspace stays as it was.
 *
 * The workspace settings (reference list of standards, patent assumptions, review cycles, sign-off policy)
 * are replaced too: someone restoring a backup expects the workspace as it was when it was made, and a
 * group the file lacks was at its default then, so its row is deleted and the default applies — not
 * left as this workspace has it, which would mix two moments. A file older than format 6 carries no
 * settings at all: restoring it sets every group back to its default, as the confirmation says group by
 * group before anything is written, and the summary after.
 */
export const replaceWorkspace = async (
  { records, settings, evidenceFiles, exportedAt }: WorkspaceFileContents,
  { onProgress, signal }: { onProgress?: OnProgress; signal?: AbortSignal } = {},
): Promise<RestoreSummary> => {
  const evidenceRows: EvidenceRow[] = records.evidence.map((record) => {
    const blob = evidenceFiles.get(record.id);
    if (!blob) throw new Error(`Evidence ${record.id} has no file in the backup.`);
    return { ...record, blob };
  });
  const stored = workspaceTables.map(
    (table) => [table, table === 'evidence' ? evidenceRows : storedRows(table, records[table])] as const,
  );
  const total = workspaceTables.reduce((sum, table) => sum + records[table].length, 0);
  let done = 0;
  const summary = await audited(storedWorkspaceTables, async (tx) => {
    for (const [table, rows] of stored) {
      await storedTableHandle(table).clear();
      for (let start = 0; start < rows.length; start += ROWS_PER_STEP) {
        signal?.throwIfAborted();
        const step = rows.slice(start, start + ROWS_PER_STEP);
        await storedTableHandle(table).bulkAdd(step);
        done += recordsHeld(table, step);
        onProgress?.(done, total);
      }
    }
    const now = new Date().toISOString();
    const referenceEntries: RestoreSummary['referenceEntries'] = backupLacksReferenceEntries(records)
      ? { from: 'builtIn', count: await writeBuiltInEntries(tx, now) }
      : { from: 'backup', count: records.referenceEntries.length };
    await settingsRows<{ key: string; seededAt: string }>().put({ key: REFERENCE_SEED_KEY, seededAt: now });
    await replaceWorkspaceSettings(tx.db, settings);
    tx.record({
      table: 'settings',
      recordId: 'workspace',
      action: 'update',
      changes: { restoredFrom: [null, exportedAt] },
    });
    signal?.throwIfAborted();
    return { referenceEntries, settings: settingsGroupsIn(settings) };
  });
  discardAnswerDrafts();
  return summary;
};
