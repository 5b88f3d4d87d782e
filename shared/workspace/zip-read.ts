import {
  centralEntries,
  dataStart,
  directoryInBounds,
  endRecords,
  LOCAL_HEADER_BYTES,
  TAIL_BYTES,
  ZIP64_END_RECORD_BYTES,
  zip64EndRecords,
  type EndRecords,
} from '../files/zip-records';
import type { MessageKey } from '../messages/message-key';

/**
 * Reads the directory of a ZIP container of stored entries by random access (`Blob.slice`): the end
 * records from the tail, then the central directory, never the whole file. Each entry's data is then a
 * slice of the file, read only when needed. The file is from outside, so every offset and length is
 * checked against the file and against the other entries (entries may not overlap: otherwise one small
 * file could name the same data a million times and keep a reader busy for ever).
 */

export interface ZipDirectoryEntry {
  name: string;
  headerOffset: number;
  nameLength: number;
  size: number;
  crc32: number;
  /** Where the next entry (or the directory) starts: the entry's data must end before. */
  limit: number;
}

export interface ZipProblem {
  message: MessageKey;
  params?: Record<string, string | number>;
}

export type ZipDirectory =
  { ok: true; entries: Map<string, ZipDirectoryEntry> } | { ok: false; problem: ZipProblem };

/** 64 MiB of directory: some 600,000 entries. A directory larger than that is not a workspace file. */
export const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
export const MAX_ENTRIES = 1_000_000;

const damaged = (name?: string): { ok: false; problem: ZipProblem } => ({
  ok: false,
  problem: name
    ? { message: 'workspaceFile.problems.damagedEntry', params: { name } }
    : { message: 'workspaceFile.problems.damagedContainer' },
});

const readBytes = async (file: Blob, start: number, end: number): Promise<DataView> =>
  new DataView(await file.slice(start, end).arrayBuffer());

const readEndRecords = async (file: Blob): Promise<EndRecords | undefined> => {
  const tailStart = Math.max(0, file.size - TAIL_BYTES);
  const end = endRecords(await readBytes(file, tailStart, file.size), tailStart);
  if (!end.ok) return undefined;
  if ('records' in end) return end.records;
  return zip64EndRecords(
    await readBytes(file, end.zip64At, end.zip64At + ZIP64_END_RECORD_BYTES),
    end.zip64At,
  );
};

/** The container's entries by name, checked for size, place and overlap; or why the file is not one. */
export const readZipDirectory = async (file: Blob): Promise<ZipDirectory> => {
  const records = await readEndRecords(file);
  if (!records || !directoryInBounds(records)) return damaged();
  const { count, directorySize, directoryOffset } = records;
  if (directorySize > MAX_DIRECTORY_BYTES || count > MAX_ENTRIES) {
    return {
      ok: false,
      problem: { message: 'workspaceFile.problems.tooManyEntries', params: { max: MAX_ENTRIES } },
    };
  }
  const central = centralEntries(
    await readBytes(file, directoryOffset, directoryOffset + directorySize),
    count,
  );
  if (!central) return damaged();
  // A workspace file stores its entries as they are, unencrypted.
  const packed = central.find((entry) => entry.encrypted || entry.method !== 0);
  if (packed)
    return {
      ok: false,
      problem: { message: 'workspaceFile.problems.packedEntry', params: { name: packed.name } },
    };
  const byOffset = [...central].sort((a, b) => a.headerOffset - b.headerOffset);
  const entries = new Map<string, ZipDirectoryEntry>();
  for (const [index, entry] of byOffset.entries()) {
    const limit = byOffset[index + 1]?.headerOffset ?? directoryOffset;
    if (entry.size !== entry.packedSize) return damaged(entry.name);
    if (entry.headerOffset + LOCAL_HEADER_BYTES + entry.nameLength + entry.size > limit)
      return damaged(entry.name);
    if (entries.has(entry.name)) {
      return {
        ok: false,
        problem: { message: 'workspaceFile.problems.duplicateEntry', params: { name: entry.name } },
      };
    }
    const { name, headerOffset, nameLength, size, crc32 } = entry;
    entries.set(name, { name, headerOffset, nameLength, size, crc32, limit });
  }
  return { ok: true, entries };
};

/** An entry's data as a slice of the file (nothing read but its header), after checking that header. */
export const entryData = async (
  file: Blob,
  entry: ZipDirectoryEntry,
  type = '',
): Promise<{ ok: true; data: Blob } | { ok: false; problem: ZipProblem }> => {
  const headerEnd = entry.headerOffset + LOCAL_HEADER_BYTES + entry.nameLength;
  const header = await readBytes(file, entry.headerOffset, headerEnd);
  const start = dataStart(header, { ...entry, encrypted: false, method: 0, packedSize: entry.size });
  if (start === undefined || header.getUint16(8, true) !== 0 || start + entry.size > entry.limit)
    return damaged(entry.name);
  return { ok: true, data: file.slice(start, start + entry.size, type) };
};
