import type { z } from 'zod';
import { sha256Hex, type EvidenceRecord } from '../domain';
import { base64ToBytes, bytesToBase64 } from './base64';
import { workspaceTables, type WorkspaceRecords } from './workspace-data';
import { fieldPath, ProblemList, type WorkspaceFileProblem } from './workspace-file-problems';
import {
  currentFormatVersion,
  WORKSPACE_FILE_FORMAT,
  workspaceEnvelopeSchema,
  workspaceTableSchemas,
  type evidenceFileEntrySchema,
  type WorkspaceFileApp,
  type WorkspaceOrganisation,
  type WorkspaceTable,
} from './workspace-file-schema';
import { upgradeWorkspaceFile, type RawWorkspaceFile } from './workspace-file-upgrade';
import { builtInChecklistIds, checkReferences } from './workspace-references';

export type { WorkspaceFileProblem } from './workspace-file-problems';
export * from './workspace-file-schema';

/** A workspace as a file carries it: every record, the evidence bytes by evidence id, and where it came from. */
export interface WorkspaceFileContents {
  records: WorkspaceRecords;
  evidenceBytes: Map<string, Uint8Array<ArrayBuffer>>;
  organisation: WorkspaceOrganisation;
  exportedAt: string;
  app: WorkspaceFileApp;
}

export interface WorkspaceFileInput {
  records: WorkspaceRecords;
  evidenceBytes: ReadonlyMap<string, Uint8Array>;
  organisation: WorkspaceOrganisation;
  app: WorkspaceFileApp;
  exportedAt: string;
}

/** What reading a file gives: its contents, fully checked, or every problem found (up to the cap). */
export type WorkspaceFileReadResult =
  { ok: true; value: WorkspaceFileContents } | { ok: false; problems: WorkspaceFileProblem[] };

/** The workspace file of design §2 (current format version) as JSON text. */
export const buildWorkspaceFile = ({
  records,
  evidenceBytes,
  organisation,
  app,
  exportedAt,
}: WorkspaceFileInput): string => {
  const evidence = records.evidence.map((record) => {
    const bytes = evidenceBytes.get(record.id);
    if (!bytes) throw new Error(`Evidence ${record.id} has no file to export.`);
    return { ...record, contentBase64: bytesToBase64(bytes) };
  });
  const tables = Object.fromEntries(
    workspaceTables.map((table) => [table, table === 'evidence' ? evidence : records[table]]),
  );
  return JSON.stringify({
    format: WORKSPACE_FILE_FORMAT,
    formatVersion: currentFormatVersion,
    exportedAt,
    app,
    organisation,
    ...tables,
  });
};

const refuse = (message: string, params?: WorkspaceFileProblem['params'], field?: string) => ({
  ok: false as const,
  problems: [{ message, ...(field && { field }), ...(params && { params }) }],
});

const isObject = (value: unknown): value is RawWorkspaceFile =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file parsed and brought to the current format version, or why it cannot be. */
const openFile = (text: string): { ok: true; file: RawWorkspaceFile } | ReturnType<typeof refuse> => {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('workspaceFile.problems.notJson');
  }
  if (!isObject(file) || file.format !== WORKSPACE_FILE_FORMAT) {
    return refuse('workspaceFile.problems.notWorkspace');
  }
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('workspaceFile.problems.badVersion', undefined, 'formatVersion');
  }
  if (version > currentFormatVersion) {
    const app = isObject(file.app) && typeof file.app.version === 'string' ? file.app.version : '?';
    return refuse('workspaceFile.problems.newerVersion', {
      fileVersion: version,
      appVersion: app,
      readVersion: currentFormatVersion,
    });
  }
  return { ok: true, file: upgradeWorkspaceFile(file, version) };
};

const rawId = (record: unknown): string | undefined =>
  isObject(record) && typeof record.id === 'string' ? record.id : undefined;

type EvidenceFileEntry = z.infer<typeof evidenceFileEntrySchema>;

/** Checks that each evidence file decodes and is the file its size and SHA-256 describe; returns the bytes. */
const checkEvidence = async (
  entries: readonly EvidenceFileEntry[],
  positions: ReadonlyMap<object, number>,
  problems: ProblemList,
): Promise<Map<string, Uint8Array<ArrayBuffer>>> => {
  const bytesById = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const entry of entries) {
    const where = { table: 'evidence' as const, record: positions.get(entry), id: entry.id };
    const bytes = base64ToBytes(entry.contentBase64);
    if (!bytes) {
      problems.add({ ...where, field: 'contentBase64', message: 'workspaceFile.problems.base64' });
    } else if (bytes.byteLength !== entry.size) {
      problems.add({
        ...where,
        field: 'size',
        message: 'workspaceFile.problems.sizeMismatch',
        params: { expected: entry.size, actual: bytes.byteLength },
      });
    } else if ((await sha256Hex(bytes)) !== entry.sha256) {
      problems.add({ ...where, field: 'sha256', message: 'workspaceFile.problems.hashMismatch' });
    } else {
      bytesById.set(entry.id, bytes);
    }
  }
  return bytesById;
};

/**
 * Reads a workspace file and checks all of it before anything may be written: JSON, format and version
 * (older versions upgraded, newer refused), every record against its schema, duplicate ids, links between
 * records and the evidence files' integrity.
 */
export const readWorkspaceFile = async (text: string): Promise<WorkspaceFileReadResult> => {
  const opened = openFile(text);
  if (!opened.ok) return opened;
  const { file } = opened;
  const problems = new ProblemList();

  const envelope = workspaceEnvelopeSchema.safeParse(file);
  if (!envelope.success) {
    for (const issue of envelope.error.issues) {
      problems.add({ field: fieldPath(issue.path), message: issue.message });
    }
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
      const where = { table, record: index + 1, id: rawId(item) };
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.add({ ...where, field: fieldPath(issue.path), message: issue.message });
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
  }

  const typed = records as unknown as Omit<WorkspaceRecords, 'evidence'> & { evidence: EvidenceFileEntry[] };
  checkReferences(typed, ids, positions, problems);
  const evidenceBytes = await checkEvidence(typed.evidence, positions, problems);

  if (!problems.isEmpty || !envelope.success) return { ok: false, problems: problems.list() };
  const evidence: EvidenceRecord[] = typed.evidence.map(({ contentBase64: _content, ...record }) => record);
  const { organisation, exportedAt, app } = envelope.data;
  return {
    ok: true,
    value: { records: { ...typed, evidence }, evidenceBytes, organisation, exportedAt, app },
  };
};
