import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Workbook } from 'exceljs';
import { loadExcelJs } from '@shared/import/libraries';

/**
 * Workbooks from outside as an attacker would craft them: a real workbook written by ExcelJS, whose parts
 * are then edited as text, or whose zip directory is patched to declare other sizes.
 */

/** A vendors import file: a header row and one vendor, then whatever `fill` adds. */
export const vendorWorkbook = async (fill?: (workbook: Workbook) => void): Promise<Uint8Array> => {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Vendors');
  sheet.addRow(['name', 'hqCountry', 'notes']);
  sheet.addRow(['Nordic Radio', 'FI', 'Radio access']);
  fill?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

/** The workbook with one of its parts rewritten as text. */
export const editPart = (bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array => {
  const parts = unzipSync(bytes);
  const xml = parts[part];
  if (!xml) throw new Error(`no part ${part}`);
  parts[part] = strToU8(edit(strFromU8(xml)));
  return zipSync(parts);
};

export const FIRST_SHEET = 'xl/worksheets/sheet1.xml';

/** Inserts XML just before the end of the first sheet's cells (`</sheetData>`). */
export const appendToSheetData = (bytes: Uint8Array, xml: string): Uint8Array =>
  editPart(bytes, FIRST_SHEET, (sheet) => sheet.replace('</sheetData>', `${xml}</sheetData>`));

/** Inserts XML right after the first sheet's cells, where merges and drop-down rules go. */
export const appendAfterSheetData = (bytes: Uint8Array, xml: string): Uint8Array =>
  editPart(bytes, FIRST_SHEET, (sheet) => sheet.replace('</sheetData>', `</sheetData>${xml}`));

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Offsets of each central directory entry, by name. */
const directoryEntries = (bytes: Uint8Array): Map<string, number> => {
  const data = view(bytes);
  let eocd = bytes.length - 22;
  while (data.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  const entries = new Map<string, number>();
  let at = data.getUint32(eocd + 16, true);
  for (let index = 0; index < data.getUint16(eocd + 10, true); index += 1) {
    const nameLength = data.getUint16(at + 28, true);
    entries.set(strFromU8(bytes.subarray(at + 46, at + 46 + nameLength)), at);
    at += 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  }
  return entries;
};

/** The archive with the inflated size of one entry declared as `size`, in its directory and local header. */
export const declareSize = (bytes: Uint8Array, part: string, size: number): Uint8Array => {
  const patched = bytes.slice();
  const data = view(patched);
  const at = directoryEntries(patched).get(part);
  if (at === undefined) throw new Error(`no part ${part}`);
  data.setUint32(at + 24, size, true);
  data.setUint32(data.getUint32(at + 42, true) + 22, size, true);
  return patched;
};

/** The archive's end-of-directory record claiming `count` entries. */
export const declareEntryCount = (bytes: Uint8Array, count: number): Uint8Array => {
  const patched = bytes.slice();
  const data = view(patched);
  let eocd = patched.length - 22;
  while (data.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  data.setUint16(eocd + 8, count, true);
  data.setUint16(eocd + 10, count, true);
  return patched;
};

/** Runs `read` and returns its result with the time it took, in milliseconds. */
export const timed = async <T>(read: () => Promise<T>): Promise<{ result: T; ms: number }> => {
  const start = performance.now();
  const result = await read();
  return { result, ms: performance.now() - start };
};
