import { workspaceTables, type WorkspaceRecords } from './workspace-data';
import type { WorkspaceSettings } from './workspace-settings';
import type { WorkspaceFileProblem } from './workspace-file-problems';
import {
  currentFormatVersion,
  evidenceEntryName,
  MAX_RECORDS_JSON_BYTES,
  RECORDS_ENTRY,
  WORKSPACE_FILE_FORMAT,
  type WorkspaceFileApp,
  type WorkspaceOrganisation,
} from './workspace-file-schema';
import { crc32OfBlob, zipStored, type ZipEntry } from './zip-write';

export interface WorkspaceFileInput {
  records: WorkspaceRecords;
  /** The settings groups the workspace holds a row of; one left out is the built-in list or the default. */
  settings: WorkspaceSettings;
  /** Each evidence file by evidence id, as stored (a Blob is read once, for its CRC-32, and never copied). */
  evidenceFiles: ReadonlyMap<string, Blob>;
  organisation: WorkspaceOrganisation;
  app: WorkspaceFileApp;
  exportedAt: string;
}

export interface BuildOptions {
  /** Evidence files read so far, of all. */
  onProgress?: (done: number, total: number) => void;
  /** The user's cancel: checked before each evidence file and at the end, rejecting with its reason. */
  signal?: AbortSignal;
  /** Writes the ZIP64 records whatever the size (tests reach that path with a small file). */
  forceZip64?: boolean;
}

export type WorkspaceFileBuildResult =
  { ok: true; file: Blob } | { ok: false; problem: WorkspaceFileProblem };

/** The records entry: the JSON of design §2 at the current version, evidence as metadata only. */
export const recordsJson = ({
  records,
  settings,
  organisation,
  app,
  exportedAt,
}: WorkspaceFileInput): string =>
  JSON.stringify({
    format: WORKSPACE_FILE_FORMAT,
    formatVersion: currentFormatVersion,
    exportedAt,
    app,
    organisation,
    ...Object.fromEntries(workspaceTables.map((table) => [table, records[table]])),
    settings,
  });

/**
 * The workspace file (a container since format version 3): a ZIP container of `workspace.json` and each evidence file as a
 * stored entry `evidence/<id>`. The file is a Blob of parts that refer to the evidence Blobs, so its size
 * has no limit but the disk's; only the records must fit in one JSON text, which a restore parses whole:
 * past that cap the backup is refused rather than written unrestorable.
 */
export const buildWorkspaceFile = async (
  input: WorkspaceFileInput,
  { onProgress, signal, forceZip64 }: BuildOptions = {},
): Promise<WorkspaceFileBuildResult> => {
  const json = new Blob([recordsJson(input)], { type: 'application/json' });
  if (json.size > MAX_RECORDS_JSON_BYTES) {
    const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));
    return {
      ok: false,
      problem: {
        message: 'workspaceFile.problems.recordsTooLarge',
        params: { size: megabytes(json.size), max: megabytes(MAX_RECORDS_JSON_BYTES) },
      },
    };
  }
  const entries: ZipEntry[] = [{ name: RECORDS_ENTRY, data: json, crc32: await crc32OfBlob(json) }];
  const evidence = input.records.evidence;
  for (const [index, record] of evidence.entries()) {
    signal?.throwIfAborted();
    const data = input.evidenceFiles.get(record.id);
    if (!data) throw new Error(`Evidence ${record.id} has no file to export.`);
    entries.push({ name: evidenceEntryName(record.id), data, crc32: await crc32OfBlob(data) });
    onProgress?.(index + 1, evidence.length);
  }
  signal?.throwIfAborted();
  return {
    ok: true,
    file: zipStored(entries, { modified: new Date(input.exportedAt), ...(forceZip64 && { forceZip64 }) }),
  };
};
