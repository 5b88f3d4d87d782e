import { z } from 'zod';
import {
  defaultReviewCycles,
  defaultSignOffPolicy,
  reviewCyclesSchema,
  signOffPolicySchema,
} from '../domain';
import {
  builtInStandardEntries,
  defaultPatentAssumptions,
  patentAssumptionsSchema,
  standardsListSchema,
} from '../domain/standards';

/**
 * The workspace's settings groups the workspace file carries (format version 6), each with the schema of its
 * settings row: the words a user typed into the workspace, which a backup must not lose. The profile and the
 * last backup's date belong to the user and the machine, and the reference lists' seed marker only says that
 * this database had the built-in entries written once (a restore sets it itself): none is in the file.
 */
export const settingsGroupSchemas = {
  standardsReference: standardsListSchema,
  patentAssumptions: patentAssumptionsSchema,
  reviewCycles: reviewCyclesSchema,
  signOffPolicy: signOffPolicySchema,
} as const;

export type SettingsGroup = keyof typeof settingsGroupSchemas;

/** The groups, in the file's order. */
export const settingsGroups = Object.keys(settingsGroupSchemas) as readonly SettingsGroup[];

/** What each group is while the workspace has no row of its own: the built-in list, the defaults. */
export const defaultSettings: {
  readonly [Group in SettingsGroup]: z.output<(typeof settingsGroupSchemas)[Group]>;
} = {
  standardsReference: { entries: [...builtInStandardEntries] },
  patentAssumptions: defaultPatentAssumptions,
  reviewCycles: defaultReviewCycles,
  signOffPolicy: defaultSignOffPolicy,
};

/** The file's `settings`: a group is absent exactly when the workspace has no row of it (the default applies). */
export const workspaceSettingsSchema = z
  .object({
    standardsReference: settingsGroupSchemas.standardsReference.optional(),
    patentAssumptions: settingsGroupSchemas.patentAssumptions.optional(),
    reviewCycles: settingsGroupSchemas.reviewCycles.optional(),
    signOffPolicy: settingsGroupSchemas.signOffPolicy.optional(),
  })
  .meta({
    description:
      'The workspace settings the user changed: the reference list of standards, the patent assumptions, the review cycles and the sign-off policy. A group left out is the built-in list or the default.',
  });

export type WorkspaceSettings = z.output<typeof workspaceSettingsSchema>;

/** The groups a workspace (or a file) holds a value of its own for. */
export const settingsGroupsIn = (settings: WorkspaceSettings): SettingsGroup[] =>
  settingsGroups.filter((group) => settings[group] !== undefined);
