import { useLiveQuery } from 'dexie-react-hooks';
import type { LastBackupRow } from '../db/database';
import { workspace } from './database';
import { SYSTEM_ACTOR } from './reference';

const LAST_BACKUP_KEY = 'last-backup';

const lastBackupRows = () => workspace().table<LastBackupRow, string>('settings');

/** Notes that the backup made at `exportedAt` was saved, for the backup reminder. Not audited: no data changed. */
export const recordBackup = async (exportedAt: string): Promise<void> => {
  await lastBackupRows().put({ key: LAST_BACKUP_KEY, at: exportedAt });
};

/** When the last backup was saved, and whether anyone changed the workspace since (live). */
export interface BackupStatus {
  lastBackupAt?: string;
  changedSince: boolean;
}

export const useBackupStatus = (): BackupStatus | undefined =>
  useLiveQuery(async () => {
    const db = workspace();
    const last = await lastBackupRows().get(LAST_BACKUP_KEY);
    const events = last ? db.auditLog.where('at').above(last.at) : db.auditLog.toCollection();
    // The built-in reference lists seeded at first start are not the user's changes.
    const change = await events.filter((event) => event.actor !== SYSTEM_ACTOR).first();
    return { ...(last && { lastBackupAt: last.at }), changedSince: change !== undefined };
  });
