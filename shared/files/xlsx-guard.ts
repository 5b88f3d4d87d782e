import { zipSync } from 'fflate';
import type { FileProblem } from './file-problem';
import { sheetNames, trimWorkbook, trimWorksheet, type SheetLimits, type TrimmedPart } from './xlsx-parts';
import type { ZipEntry } from './zip-directory';
import { inflateEntry } from './zip-inflate';
import { checkZip, type ZipLimits } from './zip-limits';

export type XlsxLimits = ZipLimits & SheetLimits;

/** Without a problem: not a readable workbook, which each reader says in its own words. */
export type GuardedXlsx = { ok: true; bytes: Uint8Array } | { ok: false; problem?: FileProblem };

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELATIONSHIPS = 'xl/_rels/workbook.xml.rels';
/** The parts the spreadsheet library needs to read cell values, under the names it looks for. */
const valueParts = new Set([
  '_rels/.rels',
  WORKBOOK,
  WORKBOOK_RELATIONSHIPS,
  'xl/sharedStrings.xml',
  'xl/styles.xml',
]);
const worksheetPart = /^xl\/worksheets\/sheet[0-9]+\.xml$/;

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

const refuse = (problem?: FileProblem): GuardedXlsx => (problem ? { ok: false, problem } : { ok: false });

/** The entries the library would read, by the name it reads them under; undefined when a name is used twice. */
const neededEntries = (entries: readonly ZipEntry[]): Map<string, ZipEntry> | undefined => {
  const needed = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const name = entry.name.startsWith('/') ? entry.name.slice(1) : entry.name;
    if (!valueParts.has(name) && !worksheetPart.test(name)) continue;
    if (needed.has(name)) return undefined;
    needed.set(name, entry);
  }
  return needed;
};

/**
 * Makes an XLSX file from outside safe to hand to the spreadsheet library (ExcelJS), or says why it is
 * refused. Before anything is inflated, the archive's entry count, declared size and compression ratio
 * are checked; each needed part is then inflated, held to its declared size; every sheet's row and column
 * numbers are checked against Excel's limits and the reader's; and the workbook is rebuilt (stored, not
 * compressed) with only what a reader of cell values needs. The library then reads a bounded workbook.
 */
export const guardXlsx = (bytes: Uint8Array, limits: XlsxLimits): GuardedXlsx => {
  const zip = checkZip(bytes, limits);
  if (!zip.ok) return zip;
  const needed = neededEntries(zip.entries);
  if (!needed) return refuse();

  const parts = new Map<string, Uint8Array>();
  for (const [name, entry] of needed) {
    const inflated = inflateEntry(bytes, entry);
    if (!inflated.ok)
      return refuse(
        inflated.reason === 'tooLarge'
          ? { message: 'xlsx.problems.sizeMismatch', params: { part: name } }
          : undefined,
      );
    parts.set(name, inflated.data);
  }
  const workbook = parts.get(WORKBOOK);
  if (!workbook) return refuse();
  const workbookXml = utf8.decode(workbook);
  const names = sheetNames(workbookXml, utf8.decode(parts.get(WORKBOOK_RELATIONSHIPS)));

  const rebuilt: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) {
    let trimmed: TrimmedPart | undefined;
    if (name === WORKBOOK) trimmed = trimWorkbook(workbookXml);
    else if (worksheetPart.test(name))
      trimmed = trimWorksheet(utf8.decode(data), names.get(name) ?? name, limits);
    if (trimmed && !trimmed.ok) return refuse(trimmed.problem);
    rebuilt[name] = trimmed ? encoder.encode(trimmed.xml) : data;
  }
  return { ok: true, bytes: zipSync(rebuilt, { level: 0 }) };
};
