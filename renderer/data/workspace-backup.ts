import { useLiveQuery } from 'dexie-react-hooks';
import { workspaceTables, type WorkspaceRecords } from '@shared/workspace/workspace-data';
import {
  buildWorkspaceFile,
  readWorkspaceFile,
  type WorkspaceFileApp,
  type WorkspaceFileContents,
  type WorkspaceTable,
  type WorkspaceFileReadResult,
} from '@shared/workspace/workspace-file';
import type { EvidenceRow, LastBackupRow } from '../db/database';
import { localToday } from '../features/vendors/dates';
import { buildAuditEvent, currentActor } from './audit';
import { workspace } from './database';
import { REFERENCE_SEED_KEY, SYSTEM_ACTOR } from './reference';

const LAST_BACKUP_KEY = 'last-backup';

/** A backup ready to save: the suggested file name and the file's bytes. */
export interface WorkspaceBackup {
  fileName: string;
  data: Uint8Array<ArrayBuffer>;
  exportedAt: string;
}

const settingsRows = <Row extends { key: string }>() => workspace().table<Row, string>('settings');

const workspaceTableHandles = () => workspaceTables.map((table) => workspace().table(table));

/**
 * The whole workspace as a workspace file. Every table is read in one transaction, so the file is one
 * consistent moment; the evidence bytes are read from their blobs afterwards (a blob outlives it).
 */
export const exportWorkspace = async (app: WorkspaceFileApp, now = new Date()): Promise<WorkspaceBackup> => {
  const db = workspace();
  const { records, profile } = await db.transaction(
    'r',
    [...workspaceTableHandles(), db.settings],
    async () => {
      const tables = await Promise.all(workspaceTables.map((table) => db.table(table).toArray()));
      return {
        records: Object.fromEntries(
          workspaceTables.map((table, index) => [table, tables[index]]),
        ) as unknown as Omit<WorkspaceRecords, 'evidence'> & { evidence: EvidenceRow[] },
        profile: await db.settings.get('profile'),
      };
    },
  );
  const evidenceRows = records.evidence;
  const evidence = evidenceRows.map(({ blob: _blob, ...record }) => record);
  const evidenceBytes = new Map(
    await Promise.all(
      evidenceRows.map(async (row) => [row.id, new Uint8Array(await row.blob.arrayBuffer())] as const),
    ),
  );
  const exportedAt = now.toISOString();
  const text = buildWorkspaceFile({
    records: { ...records, evidence },
    evidenceBytes,
    organisation: {
      name: profile?.organisationName ?? '',
      ...(profile?.organisationCountry && { country: profile.organisationCountry }),
    },
    app,
    exportedAt,
  });
  return {
    fileName: `diligence-workbench-${localToday(now)}.json`,
    data: new TextEncoder().encode(text),
    exportedAt,
  };
};

/** Notes that the backup made at `exportedAt` was saved, for the backup reminder. Not audited: no data changed. */
export const recordBackup = async (exportedAt: string): Promise<void> => {
  await settingsRows<LastBackupRow>().put({ key: LAST_BACKUP_KEY, at: exportedAt });
};

/**
 * Replaces the whole workspace with a file's checked contents, in one transaction: every table is cleared
 * and refilled, the user's own settings (their profile and last backup) are kept, the reference lists are
 * marked as seeded (the file's entries are the truth now) and the restore itself is audited.
 */
export const replaceWorkspace = async ({
  records,
  evidenceBytes,
  exportedAt,
}: WorkspaceFileContents): Promise<void> => {
  const evidenceRows: EvidenceRow[] = records.evidence.map((record) => ({
    ...record,
    blob: new Blob([evidenceBytes.get(record.id) ?? new Uint8Array()], { type: record.mimeType }),
  }));
  const db = workspace();
  await db.transaction('rw', [...workspaceTableHandles(), db.settings], async () => {
    const actor = await currentActor(db);
    for (const table of workspaceTables) {
      const rows = table === 'evidence' ? evidenceRows : records[table];
      await db.table(table).clear();
      await db.table<unknown>(table).bulkAdd(rows);
    }
    await settingsRows<{ key: string; seededAt: string }>().put({
      key: REFERENCE_SEED_KEY,
      seededAt: new Date().toISOString(),
    });
    await db.auditLog.add(
      buildAuditEvent(actor, {
        table: 'settings',
        recordId: 'workspace',
        action: 'update',
        changes: { restoredFrom: [null, exportedAt] },
      }),
    );
  });
};

/** Restores a workspace file: checked whole first, and on any problem nothing is written. */
export const restoreWorkspace = async (text: string): Promise<WorkspaceFileReadResult> => {
  const read = await readWorkspaceFile(text);
  if (read.ok) await replaceWorkspace(read.value);
  return read;
};

/** How many records each table holds now, to say what a restore would replace. */
export const countRecords = async (): Promise<Record<WorkspaceTable, number>> => {
  const counts = await Promise.all(workspaceTables.map((table) => workspace().table(table).count()));
  return Object.fromEntries(workspaceTables.map((table, index) => [table, counts[index]])) as Record<
    WorkspaceTable,
    number
  >;
};

/** When the last backup was saved, and whether anyone changed the workspace since (live). */
export interface BackupStatus {
  lastBackupAt?: string;
  changedSince: boolean;
}

export const useBackupStatus = (): BackupStatus | undefined =>
  useLiveQuery(async () => {
    const db = workspace();
    const last = await settingsRows<LastBackupRow>().get(LAST_BACKUP_KEY);
    const events = last ? db.auditLog.where('at').above(last.at) : db.auditLog.toCollection();
    // The built-in reference lists seeded at first start are not the user's changes.
    const change = await events.filter((event) => event.actor !== SYSTEM_ACTOR).first();
    return { ...(last && { lastBackupAt: last.at }), changedSince: change !== undefined };
  });
