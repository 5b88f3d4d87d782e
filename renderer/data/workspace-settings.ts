import type { z } from 'zod';
import {
  settingsGroups,
  settingsGroupSchemas,
  type SettingsGroup,
  type WorkspaceSettings,
} from '@shared/workspace/workspace-settings';
import type { WorkbenchDatabase } from '../db/database';
import { REVIEW_CYCLES_KEY } from './review-cycles';
import { SIGN_OFF_KEY } from './sign-off';
import { ASSUMPTIONS_KEY } from './standards';
import { STANDARDS_REFERENCE_KEY } from './standards-reference';

/** The settings row holding each group the workspace file carries. */
const rowKeys: Readonly<Record<SettingsGroup, string>> = {
  standardsReference: STANDARDS_REFERENCE_KEY,
  patentAssumptions: ASSUMPTIONS_KEY,
  reviewCycles: REVIEW_CYCLES_KEY,
  signOffPolicy: SIGN_OFF_KEY,
};

const settingsRows = (db: WorkbenchDatabase) =>
  db.table<{ key: string } & Record<string, unknown>, string>('settings');

/**
 * The settings groups this workspace holds a row of, as their schemas read them; call it inside a
 * transaction that includes `settings`. A row the schema no longer accepts is left out, which is what the
 * review cycles and the sign-off policy already read it as (the default): a backup never carries a group
 * that its restore would refuse.
 */
export const readWorkspaceSettings = async (db: WorkbenchDatabase): Promise<WorkspaceSettings> => {
  const rows = await settingsRows(db).bulkGet(settingsGroups.map((group) => rowKeys[group]));
  const settings: Record<string, unknown> = {};
  settingsGroups.forEach((group, index) => {
    const row = rows[index];
    if (!row) return;
    const { key: _key, ...value } = row;
    const schema: z.ZodType = settingsGroupSchemas[group];
    const parsed = schema.safeParse(value);
    if (parsed.success) settings[group] = parsed.data;
  });
  return settings;
};

/**
 * Makes the workspace's settings rows those of `settings`: a group it holds is written, a group it lacks
 * has its row deleted, so the built-in list or the default applies. Call it inside a read-write transaction
 * that includes `settings`.
 */
export const replaceWorkspaceSettings = async (
  db: WorkbenchDatabase,
  settings: WorkspaceSettings,
): Promise<void> => {
  for (const group of settingsGroups) {
    const value = settings[group];
    if (value === undefined) await settingsRows(db).delete(rowKeys[group]);
    else await settingsRows(db).put({ key: rowKeys[group], ...value });
  }
};
