/**
 * The records of a zip archive, as PKWARE's APPNOTE describes them, read from byte views the caller
 * obtained its own way: the XLSX guard holds the whole workbook in memory, the workspace reader slices a
 * file of any size. One parser for both, so a damaged or lying archive is judged the same everywhere.
 * Nothing here throws: every offset is checked against the view before it is read.
 */

export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_DIRECTORY = 0x06054b50;
export const ZIP64_END_OF_DIRECTORY = 0x06064b50;
export const ZIP64_LOCATOR = 0x07064b50;
export const ZIP64_EXTRA = 0x0001;
export const MAX_32 = 0xffffffff;
export const MAX_16 = 0xffff;

/** The end record (22 bytes), its comment (at most 65,535) and the ZIP64 locator before it (20). */
export const TAIL_BYTES = 22 + MAX_16 + 20;
export const ZIP64_END_RECORD_BYTES = 56;
export const LOCAL_HEADER_BYTES = 30;

/** A 64-bit little-endian value, or NaN past what a JavaScript number holds exactly. */
const uint64 = (view: DataView, at: number): number => {
  const high = view.getUint32(at + 4, true);
  return high > 0x1fffff ? Number.NaN : high * 2 ** 32 + view.getUint32(at, true);
};

export interface EndRecords {
  count: number;
  directorySize: number;
  directoryOffset: number;
  /** Where the end records start in the archive: the directory must end before. */
  start: number;
}

/**
 * The end of the archive, from its last TAIL_BYTES (`tailStart`: where that tail starts in the archive).
 * Either the classic end record, or where the ZIP64 end record is (read it, then `zip64EndRecords`).
 * The end record is the one whose comment reaches the end of the archive exactly.
 */
export const endRecords = (
  tail: DataView,
  tailStart: number,
): { ok: true; records: EndRecords } | { ok: true; zip64At: number } | { ok: false } => {
  let at = tail.byteLength - 22;
  while (
    at >= 0 &&
    !(
      tail.getUint32(at, true) === END_OF_DIRECTORY &&
      at + 22 + tail.getUint16(at + 20, true) === tail.byteLength
    )
  )
    at -= 1;
  if (at < 0) return { ok: false };
  if (at >= 20 && tail.getUint32(at - 20, true) === ZIP64_LOCATOR) {
    const zip64At = uint64(tail, at - 20 + 8);
    return zip64At + ZIP64_END_RECORD_BYTES <= tailStart + at - 20 ? { ok: true, zip64At } : { ok: false };
  }
  return {
    ok: true,
    records: {
      count: tail.getUint16(at + 10, true),
      directorySize: tail.getUint32(at + 12, true),
      directoryOffset: tail.getUint32(at + 16, true),
      start: tailStart + at,
    },
  };
};

/** The ZIP64 end record read at `zip64At`. */
export const zip64EndRecords = (record: DataView, zip64At: number): EndRecords | undefined =>
  record.byteLength >= ZIP64_END_RECORD_BYTES && record.getUint32(0, true) === ZIP64_END_OF_DIRECTORY
    ? {
        count: uint64(record, 32),
        directorySize: uint64(record, 40),
        directoryOffset: uint64(record, 48),
        start: zip64At,
      }
    : undefined;

/** Whether the directory the end records describe lies inside the archive, before them. */
export const directoryInBounds = (records: EndRecords): boolean =>
  Number.isSafeInteger(records.count) &&
  Number.isSafeInteger(records.directoryOffset + records.directorySize) &&
  records.directoryOffset + records.directorySize <= records.start;

export interface CentralEntry {
  name: string;
  /** Bytes of the name as stored: the local header must repeat them. */
  nameLength: number;
  /** Bit 0 set: encrypted. */
  encrypted: boolean;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Bytes of data in the archive. */
  packedSize: number;
  /** Bytes once inflated, as the archive declares. */
  size: number;
  headerOffset: number;
  crc32: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The ZIP64 extra field's values, in the order the spec gives, for the classic fields that overflowed. */
const applyZip64Extra = (
  view: DataView,
  start: number,
  end: number,
  entry: Record<'size' | 'packedSize' | 'headerOffset', number>,
): boolean => {
  for (let at = start; at + 4 <= end;) {
    const length = view.getUint16(at + 2, true);
    if (at + 4 + length > end) return false;
    if (view.getUint16(at, true) === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['size', 'packedSize', 'headerOffset'] as const) {
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

/**
 * The `count` entries of a central directory held whole in `view`; undefined when the directory is
 * damaged (a record cut short or mislabelled, a name that is not UTF-8, a size past 2^53, bytes left over).
 */
export const centralEntries = (view: DataView, count: number): CentralEntry[] | undefined => {
  const entries: CentralEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > view.byteLength) return undefined;
    let name: string;
    try {
      name = utf8.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength));
    } catch {
      return undefined;
    }
    const sizes = {
      size: view.getUint32(at + 24, true),
      packedSize: view.getUint32(at + 20, true),
      headerOffset: view.getUint32(at + 42, true),
    };
    const extraStart = at + 46 + nameLength;
    if (!applyZip64Extra(view, extraStart, extraStart + extraLength, sizes)) return undefined;
    if (Number.isNaN(sizes.size + sizes.packedSize + sizes.headerOffset)) return undefined;
    entries.push({
      name,
      nameLength,
      encrypted: (view.getUint16(at + 8, true) & 1) !== 0,
      method: view.getUint16(at + 10, true),
      ...sizes,
      crc32: view.getUint32(at + 16, true),
    });
    at = next;
  }
  return at === view.byteLength ? entries : undefined;
};

/**
 * Where an entry's data starts, from its local header (LOCAL_HEADER_BYTES + the name's length, read at
 * the entry's header offset); undefined when the header does not match the directory's entry.
 */
export const dataStart = (header: DataView, entry: CentralEntry): number | undefined => {
  if (
    header.byteLength < LOCAL_HEADER_BYTES + entry.nameLength ||
    header.getUint32(0, true) !== LOCAL_HEADER ||
    header.getUint16(26, true) !== entry.nameLength
  )
    return undefined;
  const name = new TextEncoder().encode(entry.name);
  for (let index = 0; index < name.length; index += 1)
    if (header.getUint8(LOCAL_HEADER_BYTES + index) !== name[index]) return undefined;
  return entry.headerOffset + LOCAL_HEADER_BYTES + entry.nameLength + header.getUint16(28, true);
};
