import { megabytes } from '../files/file-problem';
import type { ReportProgress } from '../files/worker-protocol';
import type { ImportProblem } from './problems';
import { decodeText, readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { toRawTable, type RawTable } from './raw-table';
import type { MessageKey } from '../messages/message-key';

/** 10 MB: far above a 10,000-row inventory (about 2 MB as CSV), small enough to parse in a moment. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ReadResult =
  { ok: true; table: RawTable; problems: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

const refuse = (message: MessageKey, params?: ImportProblem['params']): ReadResult => ({
  ok: false,
  problems: [{ message, ...(params && { params }) }],
});

/** Checked before the file is even read, so an oversized file costs nothing. */
export const sizeProblem = (size: number): ImportProblem | undefined => {
  if (size > MAX_IMPORT_BYTES)
    return {
      message: 'importer.problems.tooLarge',
      params: { size: megabytes(size), limit: megabytes(MAX_IMPORT_BYTES) },
    };
  if (size === 0) return { message: 'importer.problems.empty' };
  return undefined;
};

/** XLSX files are zip archives, which start with the local file header signature "PK\x03\x04". */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Reads an import file into a grid of text, recognising XLSX or CSV by content rather than by name (a
 * renamed file is common). Anything else (binary, another encoding, an empty or header-only file, a
 * workbook past the limits of XLSX_IMPORT_LIMITS) is refused with a problem saying so; it never throws.
 */
export interface ImportReadOptions {
  /** In a workbook, the sheet to read by its name in any language (a registers workbook has seven); else the first. */
  sheetNames?: readonly string[];
}

export const readImportFile = async (
  bytes: Uint8Array,
  progress?: ReportProgress,
  { sheetNames = [] }: ImportReadOptions = {},
): Promise<ReadResult> => {
  const tooBig = sizeProblem(bytes.byteLength);
  if (tooBig) return { ok: false, problems: [tooBig] };

  let grid;
  let problems: ImportProblem[];
  if (isZip(bytes)) {
    const read = await readXlsx(bytes, undefined, progress, sheetNames);
    if (!read.ok)
      return { ok: false, problems: [read.problem ?? { message: 'importer.problems.unreadableXlsx' }] };
    ({ grid, problems } = read);
  } else {
    const text = decodeText(bytes);
    if (text === undefined) return refuse('importer.problems.notText');
    ({ grid, problems } = await readCsv(text));
  }

  const table = toRawTable(grid);
  if (!table) return refuse('importer.problems.empty');
  if (table.rows.length === 0) return refuse('importer.problems.noRows');
  return { ok: true, table, problems };
};
