import { ZipPassThrough } from 'fflate';
import { forEachChunk } from './blob-chunks';
import {
  CENTRAL_HEADER,
  END_OF_DIRECTORY,
  LOCAL_HEADER,
  MAX_16,
  MAX_32,
  ZIP64_END_OF_DIRECTORY,
  ZIP64_EXTRA,
  ZIP64_LOCATOR,
} from '../files/zip-records';

/**
 * A ZIP container of stored (uncompressed) entries, written as Blob parts: each entry's data is the Blob
 * it came from, never a copy, so a container of any size is built without holding more than the headers
 * in memory, and each entry can later be read back as a `Blob.slice` of the file. ZIP64 records are
 * written when an offset, a size or the number of entries passes what the classic fields hold (4 GiB,
 * 65,535 entries). fflate's streaming `Zip` writes neither ZIP64 nor a stored entry whose data it did not
 * copy, so only its CRC-32 is used here.
 */

export interface ZipEntry {
  /** Forward slashes, UTF-8. */
  name: string;
  data: Blob;
  /** CRC-32 of `data`, as `crc32OfBlob` gives it. */
  crc32: number;
}

export interface ZipOptions {
  /** Shown by archive tools as the entries' time. */
  modified: Date;
  /** Writes the ZIP64 records even when nothing needs them (tests use it to reach that path). */
  forceZip64?: boolean;
}

const UTF8_NAMES = 0x0800;
const VERSION_CLASSIC = 20;
const VERSION_ZIP64 = 45;

/** The CRC-32 of a Blob, read as a stream: one chunk in memory at a time, whatever its size. */
export const crc32OfBlob = async (blob: Blob): Promise<number> => {
  const crc = new ZipPassThrough('');
  crc.ondata = () => undefined;
  await forEachChunk(blob, (chunk) => crc.push(chunk));
  crc.push(new Uint8Array(0), true);
  return crc.crc >>> 0;
};

/** MS-DOS date and time (2-second steps), from the date's UTC fields; clamped to the years DOS can say. */
const dosDateTime = (date: Date): { time: number; day: number } => {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
};

const writeUint64 = (view: DataView, at: number, value: number): void => {
  view.setUint32(at, value % 2 ** 32, true);
  view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
};

/** The header before an entry's data; sizes are known (the data is a Blob), so no data descriptor. */
const localHeader = (name: Uint8Array, size: number, crc: number, stamp: { time: number; day: number }) => {
  const header = new Uint8Array(30 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, LOCAL_HEADER, true);
  view.setUint16(4, VERSION_CLASSIC, true);
  view.setUint16(6, UTF8_NAMES, true);
  view.setUint16(8, 0, true);
  view.setUint16(10, stamp.time, true);
  view.setUint16(12, stamp.day, true);
  view.setUint32(14, crc, true);
  view.setUint32(18, size, true);
  view.setUint32(22, size, true);
  view.setUint16(26, name.length, true);
  view.setUint16(28, 0, true);
  header.set(name, 30);
  return header;
};

interface Written {
  name: Uint8Array;
  size: number;
  crc: number;
  offset: number;
}

const centralHeader = (entry: Written, stamp: { time: number; day: number }, zip64: boolean) => {
  const wide = zip64 || entry.offset >= MAX_32;
  const header = new Uint8Array(46 + entry.name.length + (wide ? 12 : 0));
  const view = new DataView(header.buffer);
  view.setUint32(0, CENTRAL_HEADER, true);
  view.setUint16(4, VERSION_ZIP64, true);
  view.setUint16(6, wide ? VERSION_ZIP64 : VERSION_CLASSIC, true);
  view.setUint16(8, UTF8_NAMES, true);
  view.setUint16(10, 0, true);
  view.setUint16(12, stamp.time, true);
  view.setUint16(14, stamp.day, true);
  view.setUint32(16, entry.crc, true);
  view.setUint32(20, entry.size, true);
  view.setUint32(24, entry.size, true);
  view.setUint16(28, entry.name.length, true);
  view.setUint16(30, wide ? 12 : 0, true);
  view.setUint32(42, wide ? MAX_32 : entry.offset, true);
  header.set(entry.name, 46);
  if (wide) {
    const extra = 46 + entry.name.length;
    view.setUint16(extra, ZIP64_EXTRA, true);
    view.setUint16(extra + 2, 8, true);
    writeUint64(view, extra + 4, entry.offset);
  }
  return header;
};

/** The end records: ZIP64's record and locator first when needed, then the classic end of directory. */
const endOfArchive = (count: number, directorySize: number, directoryOffset: number, force: boolean) => {
  const zip64 = force || count >= MAX_16 || directorySize >= MAX_32 || directoryOffset >= MAX_32;
  const end = new Uint8Array((zip64 ? 56 + 20 : 0) + 22);
  const view = new DataView(end.buffer);
  let at = 0;
  if (zip64) {
    view.setUint32(0, ZIP64_END_OF_DIRECTORY, true);
    writeUint64(view, 4, 44);
    view.setUint16(12, VERSION_ZIP64, true);
    view.setUint16(14, VERSION_ZIP64, true);
    writeUint64(view, 24, count);
    writeUint64(view, 32, count);
    writeUint64(view, 40, directorySize);
    writeUint64(view, 48, directoryOffset);
    view.setUint32(56, ZIP64_LOCATOR, true);
    writeUint64(view, 64, directoryOffset + directorySize);
    view.setUint32(72, 1, true);
    at = 76;
  }
  view.setUint32(at, END_OF_DIRECTORY, true);
  view.setUint16(at + 8, zip64 ? MAX_16 : count, true);
  view.setUint16(at + 10, zip64 ? MAX_16 : count, true);
  view.setUint32(at + 12, zip64 ? MAX_32 : directorySize, true);
  view.setUint32(at + 16, zip64 ? MAX_32 : directoryOffset, true);
  return end;
};

/** The container as one Blob of parts; an entry of 4 GiB or more is not supported (none is that large). */
export const zipStored = (
  entries: readonly ZipEntry[],
  { modified, forceZip64 = false }: ZipOptions,
): Blob => {
  const stamp = dosDateTime(modified);
  const encoder = new TextEncoder();
  const parts: Array<Uint8Array<ArrayBuffer> | Blob> = [];
  const written: Written[] = [];
  let offset = 0;
  for (const { name, data, crc32 } of entries) {
    if (data.size >= MAX_32) throw new RangeError(`ZIP entry ${name} is 4 GiB or larger.`);
    const encoded = encoder.encode(name);
    const header = localHeader(encoded, data.size, crc32, stamp);
    parts.push(header, data);
    written.push({ name: encoded, size: data.size, crc: crc32, offset });
    offset += header.length + data.size;
  }
  const directory = written.map((entry) => centralHeader(entry, stamp, forceZip64));
  const directorySize = directory.reduce((sum, header) => sum + header.length, 0);
  parts.push(...directory, endOfArchive(written.length, directorySize, offset, forceZip64));
  return new Blob(parts, { type: 'application/zip' });
};
