import { useLiveQuery } from 'dexie-react-hooks';
import { settingsSchema, type Settings } from '@shared/domain';
import { workspace } from './database';
import { diffRecords } from './audit';
import { audited } from './audited';

export const emptySettings: Settings = { userName: '', organisationName: '' };

const toSettings = ({ key: _key, ...settings }: { key: string } & Settings): Settings => settings;

/** The user's profile and organisation, live: every screen showing it updates when it is saved. */
export const useSettings = (): Settings | undefined =>
  useLiveQuery(async () => {
    const row = await workspace().settings.get('profile');
    return row ? toSettings(row) : emptySettings;
  });

/**
 * Changes the profile in one transaction, from the profile as it is then, after validating it with the
 * shared schema. The audit event names the user as they are after the change, so setting your name for
 * the first time is attributed to you.
 */
const updateSettings = (change: (current: Settings) => Settings): Promise<Settings> =>
  audited([], async (tx) => {
    const before = await tx.db.settings.get('profile');
    const current = before ? toSettings(before) : emptySettings;
    const settings = settingsSchema.parse(change(current));
    const changes = diffRecords(current, settings);
    if (Object.keys(changes).length === 0) return settings;
    await tx.db.settings.put({ key: 'profile', ...settings });
    tx.record(
      { table: 'settings', recordId: 'profile', action: before ? 'update' : 'create', changes },
      settings.userName,
    );
    return settings;
  });

/** Saves the profile as the Settings form gives it. */
export const saveSettings = async (input: Settings): Promise<Settings> => {
  // Parsed before the transaction too, so a bad input is refused without opening one.
  const settings = settingsSchema.parse(input);
  return updateSettings(() => settings);
};

/** An organisation as a workspace file names it: the name (possibly empty) and the country, if any. */
export interface Organisation {
  name: string;
  country?: string | undefined;
}

/**
 * Whether a restored backup names another organisation than the profile: worth offering after a restore,
 * since the report cover takes the organisation from the profile, which a restore keeps. A backup made
 * before the organisation had a name offers nothing.
 */
export const organisationDiffers = (organisation: Organisation, settings: Settings): boolean =>
  organisation.name.trim() !== '' &&
  (organisation.name.trim() !== settings.organisationName ||
    (organisation.country ?? '') !== (settings.organisationCountry ?? ''));

/** Takes the organisation (name and country, as the backup has them) into the profile; the user's name stays. */
export const adoptOrganisation = (organisation: Organisation): Promise<Settings> =>
  updateSettings((current) => ({
    userName: current.userName,
    organisationName: organisation.name,
    ...(organisation.country && { organisationCountry: organisation.country }),
  }));
