import type { z } from 'zod';
import {
  assessmentSchema,
  auditEventSchema,
  checklistSchema,
  decisionSchema,
  dependencySchema,
  evidenceRecordSchema,
  licenceSchema,
  referenceEntrySchema,
  reportRecordSchema,
  riskSchema,
  sbomComponentSchema,
  vendorSchema,
} from '../domain';
import { declarationSetSchema, royaltyRateSchema } from '../domain/standards';

/**
 * The table registry: every table of a workspace (design §2) with the schema of its records — plus the SBOM
 * components and the reference lists, which a backup must not lose either, the standards' declaration sets
 * and royalty rates (format version 4) and the decisions (format version 5). Checklists are the user's own:
 * built-ins ship with the app and are referenced by id. Evidence is metadata here; its bytes travel beside
 * it (see the workspace file). The key order is the order of the tables in the file.
 *
 * Everything that lists the tables derives from it: `WorkspaceRecords`, the workspace file's schema and
 * checks, the tables a backup reads, a restore refills and a merge plans; the database's current version
 * must hold each of them (renderer/db/database.ts).
 */
export const workspaceTableSchemas = {
  vendors: vendorSchema,
  dependencies: dependencySchema,
  licences: licenceSchema,
  risks: riskSchema,
  checklists: checklistSchema,
  assessments: assessmentSchema,
  evidence: evidenceRecordSchema,
  auditLog: auditEventSchema,
  reports: reportRecordSchema,
  sbomComponents: sbomComponentSchema,
  referenceEntries: referenceEntrySchema,
  declarationSets: declarationSetSchema,
  royaltyRates: royaltyRateSchema,
  decisions: decisionSchema,
} as const;

export type WorkspaceTable = keyof typeof workspaceTableSchemas;

/** The registry's tables, in its order. */
export const workspaceTables = Object.keys(workspaceTableSchemas) as readonly WorkspaceTable[];

/** Every record of a workspace, table by table, as the workspace file carries it. */
export type WorkspaceRecords = {
  [Table in WorkspaceTable]: z.output<(typeof workspaceTableSchemas)[Table]>[];
};
