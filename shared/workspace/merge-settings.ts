import { canonicalJson } from './merge-plan';
import {
  defaultSettings,
  settingsGroups,
  type SettingsGroup,
  type WorkspaceSettings,
} from './workspace-settings';

/**
 * The settings groups a colleague's workspace has otherwise than this one, each compared as it is in force
 * (a group without a value of its own is the built-in list or the default). A merge keeps this workspace's
 * settings — they are how this team works, not records to add — and names these groups, so the user knows
 * what the colleague's file said differently and that it was not taken.
 */
export const differingSettings = (current: WorkspaceSettings, incoming: WorkspaceSettings): SettingsGroup[] =>
  settingsGroups.filter(
    (group) =>
      canonicalJson(current[group] ?? defaultSettings[group]) !==
      canonicalJson(incoming[group] ?? defaultSettings[group]),
  );
