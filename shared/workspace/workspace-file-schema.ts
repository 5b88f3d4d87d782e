import { z } from 'zod';
import {
  assessmentSchema,
  auditEventSchema,
  checklistSchema,
  countryCodeSchema,
  dependencySchema,
  evidenceRecordSchema,
  isoDateTimeSchema,
  licenceSchema,
  optional,
  referenceEntrySchema,
  reportRecordSchema,
  requiredText,
  riskSchema,
  sbomComponentSchema,
  vendorSchema,
} from '../domain';
import type { workspaceTables } from './workspace-data';

export const WORKSPACE_FILE_FORMAT = 'diligence-workbench/workspace';

/**
 * The format this app writes and reads. Version 1 is design §2 exactly; version 2 adds `sbomComponents`
 * and `referenceEntries` so a restore loses nothing. Older files are upgraded on import.
 */
export const currentFormatVersion = 2;

/** Evidence as the file carries it: the metadata plus the file's bytes, base64-encoded. */
export const evidenceFileEntrySchema = evidenceRecordSchema.extend({
  contentBase64: z.string('workspaceFile.problems.base64'),
});

/** The schema of each table's records; the key order is the order of the tables in the file. */
export const workspaceTableSchemas = {
  vendors: vendorSchema,
  dependencies: dependencySchema,
  licences: licenceSchema,
  risks: riskSchema,
  checklists: checklistSchema,
  assessments: assessmentSchema,
  evidence: evidenceFileEntrySchema,
  auditLog: auditEventSchema,
  reports: reportRecordSchema,
  sbomComponents: sbomComponentSchema,
  referenceEntries: referenceEntrySchema,
} as const satisfies Record<(typeof workspaceTables)[number], z.ZodType>;

export type WorkspaceTable = keyof typeof workspaceTableSchemas;

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

/** The whole file of the current version, record schemas included: the source of the JSON Schema in docs/. */
export const workspaceFileSchema = workspaceEnvelopeSchema
  .extend({
    vendors: z.array(vendorSchema),
    dependencies: z.array(dependencySchema),
    licences: z.array(licenceSchema),
    risks: z.array(riskSchema),
    checklists: z.array(checklistSchema),
    assessments: z.array(assessmentSchema),
    evidence: z.array(evidenceFileEntrySchema),
    auditLog: z.array(auditEventSchema),
    reports: z.array(reportRecordSchema),
    sbomComponents: z.array(sbomComponentSchema),
    referenceEntries: z.array(referenceEntrySchema),
  })
  .meta({
    title: 'Diligence Workbench workspace file',
    description:
      'A whole workspace: backup, exchange and restore. Built-in checklists are not included, only referenced by id.',
  });

/** The JSON Schema of the file (what the file must look like before the app reads it), as kept in docs/. */
export const workspaceFileJsonSchema = (): string =>
  `${JSON.stringify(z.toJSONSchema(workspaceFileSchema, { io: 'input' }), null, 2)}\n`;
