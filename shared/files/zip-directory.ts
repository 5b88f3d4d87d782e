/**
 * The central directory of a zip archive (an XLSX workbook is one), read without inflating anything: each
 * entry's name, compression, declared sizes and where its data starts. The limits are checked on these
 * declared figures before any byte is inflated (zip-limits.ts), and the inflation itself holds the entries
 * to them (zip-inflate.ts), so an archive that lies about its sizes gains nothing.
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

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A 32-bit field holding this says "see the zip64 extra field". */
const ZIP64_MARK = 0xffffffff;

class Bytes {
  constructor(private readonly bytes: Uint8Array) {}
  get length(): number {
    return this.bytes.length;
  }
  u16(at: number): number {
    return (this.bytes[at] ?? 0) | ((this.bytes[at + 1] ?? 0) << 8);
  }
  u32(at: number): number {
    return (this.u16(at) + this.u16(at + 2) * 0x10000) >>> 0;
  }
  /** Past 2^53 a size or offset cannot be real here; Infinity fails every later bound check. */
  u64(at: number): number {
    const value = this.u32(at) + this.u32(at + 4) * 0x100000000;
    return Number.isSafeInteger(value) ? value : Infinity;
  }
  text(start: number, end: number): string {
    return new TextDecoder().decode(this.bytes.subarray(start, end));
  }
}

/** The end-of-directory record is in the last 64 KiB + 22 bytes (its comment is at most 65,535 bytes). */
const findEndOfDirectory = (data: Bytes): number | undefined => {
  const last = data.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (data.u32(at) === END_OF_DIRECTORY) return at;
  }
  return undefined;
};

interface Directory {
  count: number;
  offset: number;
  end: number;
}

const readDirectoryBounds = (data: Bytes, eocd: number): Directory | undefined => {
  let count = data.u16(eocd + 10);
  let offset = data.u32(eocd + 16);
  let size = data.u32(eocd + 12);
  if (count === 0xffff || offset === ZIP64_MARK || size === ZIP64_MARK) {
    const locator = eocd - 20;
    if (locator < 0 || data.u32(locator) !== ZIP64_LOCATOR) return undefined;
    const record = data.u64(locator + 8);
    if (record + 56 > locator || data.u32(record) !== ZIP64_END_OF_DIRECTORY) return undefined;
    count = data.u64(record + 32);
    size = data.u64(record + 40);
    offset = data.u64(record + 48);
  }
  const end = offset + size;
  return end <= data.length ? { count, offset, end } : undefined;
};

/** The zip64 extra field holds, in this order, each 32-bit field that was set to the mark. */
const zip64Sizes = (
  data: Bytes,
  extraStart: number,
  extraEnd: number,
  fields: { originalSize: number; size: number; localOffset: number },
) => {
  const result = { ...fields };
  for (let at = extraStart; at + 4 <= extraEnd; at += 4 + data.u16(at + 2)) {
    if (data.u16(at) !== 1) continue;
    let cursor = at + 4;
    for (const key of ['originalSize', 'size', 'localOffset'] as const) {
      if (fields[key] !== ZIP64_MARK) continue;
      result[key] = cursor + 8 <= extraEnd ? data.u64(cursor) : Infinity;
      cursor += 8;
    }
    return result;
  }
  return result;
};

const readEntry = (data: Bytes, at: number, end: number): { entry: ZipEntry; next: number } | undefined => {
  if (at + 46 > end || data.u32(at) !== DIRECTORY_ENTRY) return undefined;
  // Bit 0: encrypted; an encrypted entry cannot be read without its password.
  if ((data.u16(at + 8) & 1) !== 0) return undefined;
  const nameLength = data.u16(at + 28);
  const extraLength = data.u16(at + 30);
  const next = at + 46 + nameLength + extraLength + data.u16(at + 32);
  if (next > end) return undefined;
  const extraStart = at + 46 + nameLength;
  const { originalSize, size, localOffset } = zip64Sizes(data, extraStart, extraStart + extraLength, {
    originalSize: data.u32(at + 24),
    size: data.u32(at + 20),
    localOffset: data.u32(at + 42),
  });
  if (localOffset + 30 > data.length || data.u32(localOffset) !== LOCAL_HEADER) return undefined;
  const dataStart = localOffset + 30 + data.u16(localOffset + 26) + data.u16(localOffset + 28);
  if (dataStart + size > data.length) return undefined;
  const entry = {
    name: data.text(at + 46, at + 46 + nameLength),
    compression: data.u16(at + 10),
    size,
    originalSize,
    dataStart,
  };
  return { entry, next };
};

/**
 * Lists a zip archive's entries from its central directory. The entry count is checked against `maxEntries`
 * before the directory is walked, so a directory claiming billions of entries costs nothing.
 */
export const readZipDirectory = (bytes: Uint8Array, maxEntries: number): ZipDirectory => {
  const data = new Bytes(bytes);
  const eocd = findEndOfDirectory(data);
  const directory = eocd === undefined ? undefined : readDirectoryBounds(data, eocd);
  if (!directory) return { ok: false, reason: 'unreadable' };
  if (directory.count > maxEntries) return { ok: false, reason: 'tooManyEntries', count: directory.count };
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  for (let index = 0; index < directory.count; index += 1) {
    const read = readEntry(data, at, directory.end);
    if (!read) return { ok: false, reason: 'unreadable' };
    entries.push(read.entry);
    at = read.next;
  }
  return { ok: true, entries };
};
