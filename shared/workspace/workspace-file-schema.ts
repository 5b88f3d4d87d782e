import { z } from 'zod';
import { countryCodeSchema, isoDateTimeSchema, optional, requiredText } from '../domain';
import { workspaceTableSchemas, workspaceTables, type WorkspaceTable } from './workspace-data';
import { workspaceSettingsSchema } from './workspace-settings';

export const WORKSPACE_FILE_FORMAT = 'diligence-workbench/workspace';

/**
 * The format this app writes and reads. Version 1 is design §2 exactly; version 2 adds `sbomComponents`
 * and `referenceEntries` so a restore loses nothing; version 3 is a ZIP container whose JSON entry holds
 * the records and whose other entries are the evidence files, so a backup has no size limit. Versions 1
 * and 2 are one JSON text, evidence as base64, and are still read. Version 4 (issue 13) adds the
 * declaration sets and royalty rates, and vendors' roles and aliases and dependencies' standards. Version 5 (issue 14) adds
 * `decisions`. Version 6 adds `settings`: the workspace settings the user changed (workspace-settings.ts).
 * Version 7 (issue 12) lets an audit event be a bulk action (`import`) listing its `records`; version 8
 * adds the bulk action `merge`, a merge's own event listing the records it wrote.
 */
export const currentFormatVersion = 8;

/** The first version written as a ZIP container. */
export const firstContainerVersion = 3;

/** The container's entry holding the records (the JSON described by the JSON Schema in docs/). */
export const RECORDS_ENTRY = 'workspace.json';

/** The container's entry holding an evidence file's bytes, stored as they are. */
export const evidenceEntryName = (evidenceId: string): string => `evidence/${evidenceId}`;

/**
 * 256 MiB of records JSON (some 600,000 records): one text must be parsed whole, and a JavaScript string
 * cannot hold much more. Evidence files are not counted: they are entries of their own.
 */
export const MAX_RECORDS_JSON_BYTES = 256 * 1024 * 1024;

/** A version 1 or 2 file is one JSON text: never larger than the 512 MiB a string could hold when written. */
export const MAX_JSON_FILE_BYTES = 512 * 1024 * 1024;

/** Clock difference tolerated between machines: a time later than now by more is refused as forged. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export const workspaceAppSchema = z.object({ name: requiredText(200), version: requiredText(50) });
export type WorkspaceFileApp = z.infer<typeof workspaceAppSchema>;

export const workspaceOrganisationSchema = z.object({
  // May be empty: a workspace can be backed up before the organisation has a name.
  name: z.string('validation.text').trim().max(200, 'validation.tooLong'),
  country: optional(countryCodeSchema),
});
export type WorkspaceOrganisation = z.infer<typeof workspaceOrganisationSchema>;

/** Everything but the records: checked first, so a file that is not a workspace stops there. */
export const workspaceEnvelopeSchema = z.object({
  format: z.literal(WORKSPACE_FILE_FORMAT),
  formatVersion: z.literal(currentFormatVersion),
  exportedAt: isoDateTimeSchema,
  app: workspaceAppSchema,
  organisation: workspaceOrganisationSchema,
});

/** The records of each table, as the file holds them: one array per table of the registry, in its order. */
const recordArrays = Object.fromEntries(
  workspaceTables.map((table) => [table, z.array(workspaceTableSchemas[table])]),
) as { [Table in WorkspaceTable]: z.ZodArray<(typeof workspaceTableSchemas)[Table]> };

/** The whole file of the current version, record schemas included: the source of the JSON Schema in docs/. */
export const workspaceFileSchema = workspaceEnvelopeSchema
  .extend(recordArrays)
  .extend({ settings: workspaceSettingsSchema })
  .meta({
    title: 'Diligence Workbench workspace file: the records entry (workspace.json)',
    description:
      'A whole workspace: backup, exchange and restore. The file is a ZIP container of stored entries: this JSON as workspace.json, and each evidence file as evidence/<id>. Built-in checklists are not included, only referenced by id.',
  });

/** The JSON Schema of the file (what the file must look like before the app reads it), as kept in docs/. */
export const workspaceFileJsonSchema = (): string =>
  `${JSON.stringify(z.toJSONSchema(workspaceFileSchema, { io: 'input' }), null, 2)}\n`;
