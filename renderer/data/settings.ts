import { useLiveQuery } from 'dexie-react-hooks';
import { settingsSchema, type Settings } from '@shared/domain';
import { workspace } from './database';
import { diffRecords, recordAudit } from './audit';

export const emptySettings: Settings = { userName: '', organisationName: '' };

const toSettings = ({ key: _key, ...settings }: { key: string } & Settings): Settings => settings;

/** The user's profile and organisation, live: every screen showing it updates when it is saved. */
export const useSettings = (): Settings | undefined =>
  useLiveQuery(async () => {
    const row = await workspace().settings.get('profile');
    return row ? toSettings(row) : emptySettings;
  });

/**
 * Saves the profile after validating it with the shared schema. The audit event names the user as they
 * are after the change, so setting your name for the first time is attributed to you.
 */
export const saveSettings = async (input: Settings): Promise<Settings> => {
  const settings = settingsSchema.parse(input);
  const db = workspace();
  await db.transaction('rw', db.settings, db.auditLog, async () => {
    const before = await db.settings.get('profile');
    const changes = diffRecords(before ? toSettings(before) : emptySettings, settings);
    if (Object.keys(changes).length === 0) return;
    await db.settings.put({ key: 'profile', ...settings });
    await recordAudit(
      db,
      { table: 'settings', recordId: 'profile', action: before ? 'update' : 'create', changes },
      settings.userName,
    );
  });
  return settings;
};
