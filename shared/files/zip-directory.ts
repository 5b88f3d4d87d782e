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
} from './zip-records';

/**
 * The central directory of a zip archive held in memory (an XLSX workbook is one), read without
 * inflating anything: each entry's name, compression, declared sizes and where its data starts. The
 * limits are checked on these declared figures before any byte is inflated (zip-limits.ts), and the
 * inflation itself holds the entries to them (zip-inflate.ts), so an archive that lies about its sizes
 * gains nothing.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  compression: number;
  /** Bytes of data in the archive. */
  size: number;
  /** Bytes once inflated, as the archive declares. */
  originalSize: number;
  /** Where the entry's data starts in the archive. */
  dataStart: number;
}

/** `unreadable`: not a zip archive that can be read (truncated, damaged or encrypted). */
export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: 'unreadable' }
  | { ok: false; reason: 'tooManyEntries'; count: number };

/** A view of bytes[start, end), empty where that range lies outside the bytes (a lying offset). */
const view = (bytes: Uint8Array, start: number, end: number): DataView => {
  const from = Math.min(Math.max(0, start), bytes.length);
  const to = Math.min(Math.max(from, end), bytes.length);
  return new DataView(bytes.buffer, bytes.byteOffset + from, to - from);
};

const readEndRecords = (bytes: Uint8Array): EndRecords | undefined => {
  const tailStart = Math.max(0, bytes.length - TAIL_BYTES);
  const end = endRecords(view(bytes, tailStart, bytes.length), tailStart);
  if (!end.ok) return undefined;
  return 'records' in end
    ? end.records
    : zip64EndRecords(view(bytes, end.zip64At, end.zip64At + ZIP64_END_RECORD_BYTES), end.zip64At);
};

/**
 * Lists a zip archive's entries from its central directory. The entry count is checked against `maxEntries`
 * before the directory is walked, so a directory claiming billions of entries costs nothing.
 */
export const readZipDirectory = (bytes: Uint8Array, maxEntries: number): ZipDirectory => {
  const records = readEndRecords(bytes);
  if (!records || !directoryInBounds(records)) return { ok: false, reason: 'unreadable' };
  if (records.count > maxEntries) return { ok: false, reason: 'tooManyEntries', count: records.count };
  const { directoryOffset, directorySize } = records;
  const central = centralEntries(
    view(bytes, directoryOffset, directoryOffset + directorySize),
    records.count,
  );
  if (!central) return { ok: false, reason: 'unreadable' };
  const entries: ZipEntry[] = [];
  for (const entry of central) {
    if (entry.encrypted) return { ok: false, reason: 'unreadable' };
    const headerEnd = entry.headerOffset + LOCAL_HEADER_BYTES + entry.nameLength;
    const start = dataStart(view(bytes, entry.headerOffset, headerEnd), entry);
    if (start === undefined || start + entry.packedSize > bytes.length)
      return { ok: false, reason: 'unreadable' };
    entries.push({
      name: entry.name,
      compression: entry.method,
      size: entry.packedSize,
      originalSize: entry.size,
      dataStart: start,
    });
  }
  return { ok: true, entries };
};
