import type { z } from 'zod';
import { issueKey } from '../domain/zod-messages';
import { fieldPath, type ProblemList } from './workspace-file-problems';
import { settingsGroupSchemas, settingsGroups, type WorkspaceSettings } from './workspace-settings';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The file's settings, each group checked against the schema of its settings row; every problem is added,
 * named by its group and field (a restore writes nothing unless all are right). A group left out stays
 * out: the workspace then uses the built-in list or the default.
 */
export const checkWorkspaceSettings = (raw: unknown, problems: ProblemList): WorkspaceSettings => {
  if (!isObject(raw)) {
    problems.add({ field: 'settings', message: 'workspaceFile.problems.settingsNotAnObject' });
    return {};
  }
  const settings: Record<string, unknown> = {};
  for (const group of settingsGroups) {
    if (raw[group] === undefined) continue;
    const schema: z.ZodType = settingsGroupSchemas[group];
    const parsed = schema.safeParse(raw[group]);
    if (parsed.success) settings[group] = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        problems.add({ setting: group, field: fieldPath(issue.path), message: issueKey(issue) });
      }
    }
  }
  return settings;
};
