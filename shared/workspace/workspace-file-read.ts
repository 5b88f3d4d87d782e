import { maxEvidenceBytes, sha256Hex } from '../domain';
import { base64ToBytes } from './base64';
import { sha256OfBlob } from './sha256-stream';
import {
  checkWorkspaceFile,
  type EvidenceLoader,
  type WorkspaceFileReadResult,
} from './workspace-file-check';
import type { ProblemList, WorkspaceFileProblem } from './workspace-file-problems';
import {
  currentFormatVersion,
  evidenceEntryName,
  firstContainerVersion,
  MAX_JSON_FILE_BYTES,
  MAX_RECORDS_JSON_BYTES,
  RECORDS_ENTRY,
  WORKSPACE_FILE_FORMAT,
} from './workspace-file-schema';
import { upgradeWorkspaceFile, type RawWorkspaceFile } from './workspace-file-upgrade';
import { crc32OfBlob } from './zip-write';
import { entryData, readZipDirectory, type ZipDirectoryEntry } from './zip-read';
import type { MessageKey } from '../messages/message-key';

export interface ReadWorkspaceOptions {
  /** Also hash the whole file (a merge marks the audit events it imports with it). */
  hashFile?: boolean;
  /** Bytes checked so far of all there is to check. */
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

type Opened = { ok: true; file: RawWorkspaceFile } | { ok: false; problems: WorkspaceFileProblem[] };

const refuse = (message: MessageKey, params?: WorkspaceFileProblem['params'], field?: string) => ({
  ok: false as const,
  problems: [{ message, ...(field && { field }), ...(params && { params }) }],
});

const megabytes = (bytes: number): number => Math.round(bytes / (1024 * 1024));

const isObject = (value: unknown): value is RawWorkspaceFile =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON parsed and brought to the current format version, or why it cannot be. */
const openJson = (text: string, inContainer: boolean): Opened => {
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
  // The version says how the file is built; a file built otherwise was altered.
  if (inContainer !== version >= firstContainerVersion) {
    return refuse(
      inContainer ? 'workspaceFile.problems.jsonInContainer' : 'workspaceFile.problems.containerAsJson',
      { fileVersion: version },
      'formatVersion',
    );
  }
  return { ok: true, file: upgradeWorkspaceFile(file, version) };
};

/** Progress in bytes of what is to check, at most every 100 ms: each report goes to another thread. */
const progressOf = (total: number, report?: (done: number, total: number) => void) => {
  let done = 0;
  let last = 0;
  return (bytes = 0) => {
    done += bytes;
    const now = Date.now();
    if (!report || (now - last < 100 && done < total)) return;
    last = now;
    report(Math.min(done, total), total);
  };
};

const hashMismatch = async (bytes: Uint8Array<ArrayBuffer>, record: { size: number; sha256: string }) => {
  if (bytes.byteLength !== record.size) return { field: 'size', actual: bytes.byteLength };
  if ((await sha256Hex(bytes)) !== record.sha256) return { field: 'sha256' };
  return undefined;
};

const addMismatch = (
  problems: ProblemList,
  place: Parameters<EvidenceLoader>[1],
  mismatch: { field: string; actual?: number },
  expected: number,
): undefined => {
  problems.add(
    mismatch.field === 'size'
      ? {
          ...place,
          field: 'size',
          message: 'workspaceFile.problems.sizeMismatch',
          params: { expected, actual: mismatch.actual ?? 0 },
        }
      : { ...place, field: 'sha256', message: 'workspaceFile.problems.hashMismatch' },
  );
  return undefined;
};

/** Versions 1 and 2: one JSON text, each evidence file's bytes as base64 in its record. */
const readJsonFile = async (file: Blob, options: ReadWorkspaceOptions): Promise<WorkspaceFileReadResult> => {
  if (file.size > MAX_JSON_FILE_BYTES) {
    return refuse('workspaceFile.problems.tooLarge', {
      size: megabytes(file.size),
      max: megabytes(MAX_JSON_FILE_BYTES),
    });
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    // Past what one string holds: no app version could have written it.
    return refuse('workspaceFile.problems.tooLarge', {
      size: megabytes(file.size),
      max: megabytes(MAX_JSON_FILE_BYTES),
    });
  }
  const opened = openJson(text, false);
  if (!opened.ok) return opened;
  const raw = Array.isArray(opened.file.evidence) ? (opened.file.evidence as unknown[]) : [];
  const base64 = new Map(
    raw.map((item, index) => [index + 1, isObject(item) ? item.contentBase64 : undefined]),
  );
  const progress = progressOf(file.size, options.onProgress);
  const load: EvidenceLoader = async (record, place, problems) => {
    const text = place.record === undefined ? undefined : base64.get(place.record);
    const bytes = typeof text === 'string' ? base64ToBytes(text) : undefined;
    if (!bytes) {
      problems.add({ ...place, field: 'contentBase64', message: 'workspaceFile.problems.base64' });
      return undefined;
    }
    const mismatch = await hashMismatch(bytes, record);
    if (mismatch) return addMismatch(problems, place, mismatch, record.size);
    return new Blob([bytes], { type: record.mimeType });
  };
  const read = await checkWorkspaceFile(opened.file, load, {
    now: options.now ?? new Date(),
    onRecordsChecked: () => progress(),
  });
  if (!read.ok || !options.hashFile) return read;
  return { ok: true, value: { ...read.value, fileSha256: await sha256OfBlob(file, progress) } };
};

/** Version 3: a ZIP container of `workspace.json` and one stored entry per evidence file. */
const readContainer = async (file: Blob, options: ReadWorkspaceOptions): Promise<WorkspaceFileReadResult> => {
  const directory = await readZipDirectory(file);
  if (!directory.ok) return { ok: false, problems: [directory.problem] };
  const { entries } = directory;
  const recordsEntry = entries.get(RECORDS_ENTRY);
  if (!recordsEntry) return refuse('workspaceFile.problems.missingEntry', { name: RECORDS_ENTRY });
  if (recordsEntry.size > MAX_RECORDS_JSON_BYTES) {
    return refuse('workspaceFile.problems.recordsTooLarge', {
      size: megabytes(recordsEntry.size),
      max: megabytes(MAX_RECORDS_JSON_BYTES),
    });
  }
  const json = await entryData(file, recordsEntry);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  if ((await crc32OfBlob(json.data)) !== recordsEntry.crc32) {
    return refuse('workspaceFile.problems.damagedEntry', { name: RECORDS_ENTRY });
  }
  const opened = openJson(await json.data.text(), true);
  if (!opened.ok) return opened;

  const evidenceBytes = [...entries.values()].reduce((sum, entry) => sum + entry.size, 0) - recordsEntry.size;
  const progress = progressOf(
    recordsEntry.size + evidenceBytes + (options.hashFile ? file.size : 0),
    options.onProgress,
  );
  progress(recordsEntry.size);
  const expected = new Set([RECORDS_ENTRY]);
  // The evidence file's SHA-256 is its check; the entry's CRC-32 adds nothing to it.
  const load: EvidenceLoader = async (record, place, problems) => {
    const name = evidenceEntryName(record.id);
    expected.add(name);
    const entry: ZipDirectoryEntry | undefined = entries.get(name);
    if (!entry) {
      problems.add({ ...place, message: 'workspaceFile.problems.missingEntry', params: { name } });
      return undefined;
    }
    if (entry.size !== record.size)
      return addMismatch(problems, place, { field: 'size', actual: entry.size }, record.size);
    if (entry.size > maxEvidenceBytes) {
      problems.add({
        ...place,
        field: 'size',
        message: 'workspaceFile.problems.evidenceTooLarge',
        params: { size: megabytes(entry.size), max: megabytes(maxEvidenceBytes) },
      });
      return undefined;
    }
    const data = await entryData(file, entry, record.mimeType);
    if (!data.ok) {
      problems.add({ ...place, ...data.problem });
      return undefined;
    }
    const mismatch = await hashMismatch(new Uint8Array(await data.data.arrayBuffer()), record);
    return mismatch ? addMismatch(problems, place, mismatch, record.size) : data.data;
  };
  const read = await checkWorkspaceFile(opened.file, load, {
    now: options.now ?? new Date(),
    onRecordsChecked: () => progress(),
    onEvidenceChecked: (bytes) => progress(bytes),
  });
  const unexpected = [...entries.keys()].filter((name) => !expected.has(name));
  if (read.ok && unexpected.length > 0) {
    return {
      ok: false,
      problems: unexpected
        .slice(0, 20)
        .map((name) => ({ message: 'workspaceFile.problems.unexpectedEntry', params: { name } })),
    };
  }
  if (!read.ok || !options.hashFile) return read;
  return { ok: true, value: { ...read.value, fileSha256: await sha256OfBlob(file, progress) } };
};

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a workspace file of any version and checks all of it before anything may be written. A version 3
 * file (a ZIP container, "PK") is read by random access: its directory, its records entry, then each
 * evidence file as a slice of the file, hashed one at a time; a version 1 or 2 file ("{") is one JSON text.
 * Never throws on a bad file: every problem is returned, named (table, record, field).
 */
export const readWorkspaceFile = async (
  file: Blob,
  options: ReadWorkspaceOptions = {},
): Promise<WorkspaceFileReadResult> => {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const isZip = ZIP_SIGNATURE.every((byte, index) => head[index] === byte);
  return isZip ? readContainer(file, options) : readJsonFile(file, options);
};
