import { MAX_16, MAX_32 } from './zip-write';

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
  size: number;
  crc32: number;
  /** Where the next entry (or the directory) starts: the entry's data must end before. */
  limit: number;
}

export interface ZipProblem {
  message: string;
  params?: Record<string, string | number>;
}

export type ZipDirectory =
  { ok: true; entries: Map<string, ZipDirectoryEntry> } | { ok: false; problem: ZipProblem };

/** 64 MiB of directory: some 600,000 entries. A directory larger than that is not a workspace file. */
export const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
export const MAX_ENTRIES = 1_000_000;

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

const damaged = (name?: string): { ok: false; problem: ZipProblem } => ({
  ok: false,
  problem: name
    ? { message: 'workspaceFile.problems.damagedEntry', params: { name } }
    : { message: 'workspaceFile.problems.damagedContainer' },
});

const readBytes = async (file: Blob, start: number, end: number): Promise<DataView> =>
  new DataView(await file.slice(start, end).arrayBuffer());

/** A 64-bit little-endian value, or NaN when it is past what a JavaScript number holds exactly. */
const uint64 = (view: DataView, at: number): number => {
  const high = view.getUint32(at + 4, true);
  return high > 0x1fffff ? Number.NaN : high * 2 ** 32 + view.getUint32(at, true);
};

interface EndRecords {
  count: number;
  directorySize: number;
  directoryOffset: number;
  /** Where the end records start: the directory must end before. */
  start: number;
}

const findEndRecords = async (file: Blob): Promise<EndRecords | undefined> => {
  const tailStart = Math.max(0, file.size - (22 + MAX_16));
  const tail = await readBytes(file, tailStart, file.size);
  let at = tail.byteLength - 22;
  while (at >= 0) {
    if (
      tail.getUint32(at, true) === END_OF_DIRECTORY &&
      at + 22 + tail.getUint16(at + 20, true) === tail.byteLength
    )
      break;
    at -= 1;
  }
  if (at < 0) return undefined;
  const end = tailStart + at;
  const classic: EndRecords = {
    count: tail.getUint16(at + 10, true),
    directorySize: tail.getUint32(at + 12, true),
    directoryOffset: tail.getUint32(at + 16, true),
    start: end,
  };
  if (end < 20) return classic;
  const locator = await readBytes(file, end - 20, end);
  if (locator.getUint32(0, true) !== ZIP64_LOCATOR) return classic;
  const recordAt = uint64(locator, 8);
  if (!(recordAt + 56 <= end - 20)) return undefined;
  const record = await readBytes(file, recordAt, recordAt + 56);
  if (record.getUint32(0, true) !== ZIP64_END_OF_DIRECTORY) return undefined;
  return {
    count: uint64(record, 32),
    directorySize: uint64(record, 40),
    directoryOffset: uint64(record, 48),
    start: recordAt,
  };
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

interface RawEntry {
  name: string;
  nameLength: number;
  headerOffset: number;
  size: number;
  crc32: number;
}

/** The ZIP64 extra field's values, in the order the spec gives, for the classic fields that overflowed. */
const applyZip64Extra = (
  view: DataView,
  start: number,
  end: number,
  entry: Record<'size' | 'packed' | 'offset', number>,
) => {
  for (let at = start; at + 4 <= end;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (at + 4 + length > end) return false;
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['size', 'packed', 'offset'] as const) {
        if (entry[key] !== MAX_32) continue;
        if (field + 8 > at + 4 + length) return false;
        entry[key] = uint64(view, field);
        field += 8;
      }
    }
    at += 4 + length;
  }
  return true;
};

type ParsedDirectory = { ok: true; entries: RawEntry[] } | { ok: false; problem: ZipProblem };

const parseDirectory = (view: DataView, count: number): ParsedDirectory => {
  const entries: RawEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) return damaged();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > view.byteLength) return damaged();
    let name: string;
    try {
      name = utf8.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength));
    } catch {
      return damaged();
    }
    // Bit 0: encrypted. A workspace file stores its entries as they are, unencrypted.
    if ((flags & 1) !== 0 || method !== 0) {
      return { ok: false, problem: { message: 'workspaceFile.problems.packedEntry', params: { name } } };
    }
    const sizes = {
      size: view.getUint32(at + 24, true),
      packed: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    };
    const extraStart = at + 46 + nameLength;
    if (!applyZip64Extra(view, extraStart, extraStart + extraLength, sizes)) return damaged(name);
    if (Number.isNaN(sizes.size + sizes.offset) || sizes.size !== sizes.packed) return damaged(name);
    entries.push({
      name,
      nameLength,
      headerOffset: sizes.offset,
      size: sizes.size,
      crc32: view.getUint32(at + 16, true),
    });
    at = next;
  }
  return at === view.byteLength ? { ok: true, entries } : damaged();
};

/** The container's entries by name, checked for size, place and overlap; or why the file is not one. */
export const readZipDirectory = async (file: Blob): Promise<ZipDirectory> => {
  const end = await findEndRecords(file);
  if (!end) return damaged();
  const { count, directorySize, directoryOffset } = end;
  if (!Number.isSafeInteger(count) || !(directoryOffset + directorySize <= end.start)) return damaged();
  if (directorySize > MAX_DIRECTORY_BYTES || count > MAX_ENTRIES) {
    return {
      ok: false,
      problem: { message: 'workspaceFile.problems.tooManyEntries', params: { max: MAX_ENTRIES } },
    };
  }
  const parsed = parseDirectory(
    await readBytes(file, directoryOffset, directoryOffset + directorySize),
    count,
  );
  if (!parsed.ok) return parsed;
  const byOffset = [...parsed.entries].sort((a, b) => a.headerOffset - b.headerOffset);
  const entries = new Map<string, ZipDirectoryEntry>();
  for (const [index, entry] of byOffset.entries()) {
    const limit = byOffset[index + 1]?.headerOffset ?? directoryOffset;
    if (entry.headerOffset + 30 + entry.nameLength + entry.size > limit) return damaged(entry.name);
    if (entries.has(entry.name)) {
      return {
        ok: false,
        problem: { message: 'workspaceFile.problems.duplicateEntry', params: { name: entry.name } },
      };
    }
    const { name, headerOffset, size, crc32 } = entry;
    entries.set(name, { name, headerOffset, size, crc32, limit });
  }
  return { ok: true, entries };
};

/** An entry's data as a slice of the file (nothing read but its header), after checking that header. */
export const entryData = async (
  file: Blob,
  entry: ZipDirectoryEntry,
  type = '',
): Promise<{ ok: true; data: Blob } | { ok: false; problem: ZipProblem }> => {
  const name = new TextEncoder().encode(entry.name);
  const header = await readBytes(file, entry.headerOffset, entry.headerOffset + 30 + name.length);
  if (
    header.byteLength < 30 + name.length ||
    header.getUint32(0, true) !== LOCAL_HEADER ||
    header.getUint16(8, true) !== 0 ||
    header.getUint16(26, true) !== name.length ||
    !name.every((byte, index) => header.getUint8(30 + index) === byte)
  ) {
    return damaged(entry.name);
  }
  const start = entry.headerOffset + 30 + name.length + header.getUint16(28, true);
  if (start + entry.size > entry.limit) return damaged(entry.name);
  return { ok: true, data: file.slice(start, start + entry.size, type) };
};
