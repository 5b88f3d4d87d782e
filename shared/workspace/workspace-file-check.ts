import type { z } from 'zod';
import type { EvidenceRecord } from '../domain';
import {
  workspaceTableSchemas,
  workspaceTables,
  type WorkspaceRecords,
  type WorkspaceTable,
} from './workspace-data';
import { fieldPath, ProblemList, type WorkspaceFileProblem } from './workspace-file-problems';
import {
  workspaceEnvelopeSchema,
  type WorkspaceFileApp,
  type WorkspaceOrganisation,
} from './workspace-file-schema';
import type { RawWorkspaceFile } from './workspace-file-upgrade';
import { checkWorkspaceSettings } from './workspace-settings-check';
import type { WorkspaceSettings } from './workspace-settings';
import { checkTimestamps, isFuture } from './workspace-timestamps';
import { builtInChecklistIds, checkReferences } from './workspace-references';
import { issueKey } from '../domain/zod-messages';

/** A workspace as a file carries it: every record, each evidence file's bytes by evidence id, and its origin. */
export interface WorkspaceFileContents {
  records: WorkspaceRecords;
  /** The settings groups the file holds; one left out is the built-in list or the default. */
  settings: WorkspaceSettings;
  /** A slice of the chosen file (version 3) or the decoded bytes (versions 1 and 2), checked. */
  evidenceFiles: Map<string, Blob>;
  organisation: WorkspaceOrganisation;
  exportedAt: string;
  app: WorkspaceFileApp;
  /** The SHA-256 of the whole file, when the reader was asked for it (a merge marks what it imports). */
  fileSha256?: string;
}

/** What reading a file gives: its contents, fully checked, or every problem found (up to the cap). */
export type WorkspaceFileReadResult =
  { ok: true; value: WorkspaceFileContents } | { ok: false; problems: WorkspaceFileProblem[] };

/** Where a record is in the file, for a problem to name it. */
export interface RecordPlace {
  table: 'evidence';
  record: number | undefined;
  id: string;
}

/**
 * Gives an evidence file's bytes, checked against the record's size and SHA-256 (read before any
 * transaction: hashing awaits Web Crypto), or adds the problem and gives nothing.
 */
export type EvidenceLoader = (
  record: EvidenceRecord,
  place: RecordPlace,
  problems: ProblemList,
) => Promise<Blob | undefined>;

export interface CheckOptions {
  now: Date;
  /** Called between steps with no argument, so a reader can say it is alive; and after each evidence file. */
  onRecordsChecked?: () => void;
  onEvidenceChecked?: (bytes: number) => void;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const rawId = (record: unknown): string | undefined =>
  isObject(record) && typeof record.id === 'string' ? record.id : undefined;

/** How many records are parsed between two signs of life: a huge table must not look like a hang. */
const RECORDS_PER_STEP = 5000;

/**
 * Checks a workspace file brought to the current format version, all of it, before anything may be
 * written: every record against its schema, duplicate ids, links between records, times in the future,
 * each settings group against its schema, then each evidence file through `loadEvidence`.
 */
export const checkWorkspaceFile = async (
  file: RawWorkspaceFile,
  loadEvidence: EvidenceLoader,
  { now, onRecordsChecked, onEvidenceChecked }: CheckOptions,
): Promise<WorkspaceFileReadResult> => {
  const problems = new ProblemList();
  const envelope = workspaceEnvelopeSchema.safeParse(file);
  if (!envelope.success) {
    for (const issue of envelope.error.issues) {
      problems.add({ field: fieldPath(issue.path), message: issueKey(issue) });
    }
  } else if (isFuture(envelope.data.exportedAt, now)) {
    problems.add({
      field: 'exportedAt',
      message: 'workspaceFile.problems.future',
      params: { value: envelope.data.exportedAt },
    });
  }

  const records = {} as Record<WorkspaceTable, unknown[]>;
  const ids = new Map<WorkspaceTable, Set<string>>();
  const positions = new Map<object, number>();
  for (const table of workspaceTables) {
    const raw = file[table];
    records[table] = [];
    if (!Array.isArray(raw)) {
      problems.add({ table, message: 'workspaceFile.problems.notAList' });
      continue;
    }
    const tableIds = new Set<string>();
    ids.set(table, tableIds);
    const schema: z.ZodType = workspaceTableSchemas[table];
    raw.forEach((item: unknown, index) => {
      if (index % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) onRecordsChecked?.();
      const where = { table, record: index + 1, id: rawId(item) };
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.add({ ...where, field: fieldPath(issue.path), message: issueKey(issue) });
        }
      } else {
        records[table].push(parsed.data);
        positions.set(parsed.data as object, index + 1);
      }
      if (where.id === undefined) return;
      if (tableIds.has(where.id)) {
        problems.add({ ...where, field: 'id', message: 'workspaceFile.problems.duplicateId' });
      }
      if (table === 'checklists' && builtInChecklistIds.has(where.id)) {
        problems.add({ ...where, field: 'id', message: 'workspaceFile.problems.builtInChecklist' });
      }
      tableIds.add(where.id);
    });
    onRecordsChecked?.();
  }

  const typed = records as unknown as WorkspaceRecords;
  checkReferences(typed, ids, positions, problems);
  checkTimestamps(typed, positions, problems, now);
  const settings = checkWorkspaceSettings(file.settings, problems);

  const evidenceFiles = new Map<string, Blob>();
  for (const record of typed.evidence) {
    const place = { table: 'evidence' as const, record: positions.get(record), id: record.id };
    const bytes = await loadEvidence(record, place, problems);
    if (bytes) evidenceFiles.set(record.id, bytes);
    onEvidenceChecked?.(record.size);
  }

  if (!problems.isEmpty || !envelope.success) return { ok: false, problems: problems.list() };
  const { organisation, exportedAt, app } = envelope.data;
  return { ok: true, value: { records: typed, settings, evidenceFiles, organisation, exportedAt, app } };
};
