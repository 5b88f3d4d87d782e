import type { DeclarationAggregates, DeclarationSource } from '../domain/standards/declaration-set';
import { megabytes, type FileProblem } from '../files/file-problem';
import type { ReportProgress } from '../files/worker-protocol';
import { Sha256 } from '../workspace/sha256-stream';
import { DeclarationAggregator, type RowIssue } from './aggregator';
import { columnsRead, layoutOf, likeliestHeader } from './columns';
import { createDeclarationsCsv } from './declarations-csv';
import { MAX_DECLARATION_ROWS, MAX_DECLARATIONS_BYTES } from './limits';
import type { MessageKey } from '../messages/message-key';

/** What an import keeps of a declarations file, and what it says about the rows it could not use. */
export interface DeclarationsRead {
  source: DeclarationSource;
  sha256: string;
  /** Data rows read (blank lines aside), kept or not. */
  rowCount: number;
  aggregates: DeclarationAggregates;
  /** Rows left out and values ignored, by reason, with the first row numbers of each. */
  rowIssues: RowIssue[];
  /** Columns of an ISLD export that nothing reads (ETSI adds some now and then); listed, not refused. */
  ignoredColumns: string[];
}

export type DeclarationsReadResult =
  { ok: true; value: DeclarationsRead } | { ok: false; problems: FileProblem[] };

/** Bytes read at a time from a Blob, and progress reported; each slice is parsed in pieces of PIECE_BYTES. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Bytes decoded and scanned at a time (a few hundred rows): the text of a piece is done with before the
 * next one is decoded. The bench feeds papaparse, its yardstick, the same pieces.
 */
export const PIECE_BYTES = 64 * 1024;

/** NUL and the C0 controls other than tab and line breaks never occur in a text file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000E-\u001F]/;

const refuse = (message: MessageKey, params?: FileProblem['params']): DeclarationsReadResult => ({
  ok: false,
  problems: [{ message, ...(params && { params }) }],
});

const issueProblem = (issue: RowIssue): FileProblem => ({
  message: `declarations.rows.${issue.reason}`,
  params: { count: issue.count, rows: issue.rows.join(', ') },
});

/** The file's bytes a slice at a time, whether loaded or a Blob too large to load. */
async function* slicesOf(input: Uint8Array | Blob): AsyncGenerator<Uint8Array> {
  const size = input instanceof Uint8Array ? input.byteLength : input.size;
  for (let at = 0; at < size; at += CHUNK_BYTES) {
    const end = Math.min(size, at + CHUNK_BYTES);
    yield input instanceof Uint8Array
      ? input.subarray(at, end)
      : new Uint8Array(await input.slice(at, end).arrayBuffer());
  }
}

type Pass =
  | { ok: true; aggregator: DeclarationAggregator; ignoredColumns: string[]; sha256?: string }
  | { ok: false; problem: FileProblem; notUtf8?: true };

const notText: FileProblem = { message: 'declarations.problems.notText' };
const tooManyRows: FileProblem = {
  message: 'declarations.problems.tooManyRows',
  params: { limit: MAX_DECLARATION_ROWS },
};

/** One reading of the file in an encoding: recognise the header, fold every row in, keep no row. */
const readPass = async (
  input: Uint8Array | Blob,
  encoding: 'utf-8' | 'windows-1252',
  onBytes: (bytes: number) => void,
): Promise<Pass> => {
  let aggregator: DeclarationAggregator | undefined;
  let ignoredColumns: string[] = [];
  const csv = createDeclarationsCsv((splits) => {
    const split = likeliestHeader(splits);
    const layout = layoutOf(split.cells);
    if (!layout.ok) return layout.problem;
    const rows = new DeclarationAggregator(layout.layout);
    aggregator = rows;
    ignoredColumns = layout.ignoredColumns;
    return {
      split,
      columns: columnsRead(layout.layout),
      row: (cells, cellCount, row) =>
        rows.rowCount >= MAX_DECLARATION_ROWS ? tooManyRows : rows.add(cells, cellCount, row),
    };
  });

  const decoder = new TextDecoder(encoding, { fatal: true });
  const hash = input instanceof Blob ? new Sha256() : undefined;
  let first = true;
  let refusal: FileProblem | undefined;
  try {
    for await (const slice of slicesOf(input)) {
      hash?.update(slice);
      for (let at = 0; at < slice.byteLength; at += PIECE_BYTES) {
        const text = decoder.decode(slice.subarray(at, at + PIECE_BYTES), { stream: true });
        if (first && controlCharacters.test(text)) return { ok: false, problem: notText };
        first = false;
        refusal = csv.push(text);
        if (refusal) return { ok: false, problem: refusal };
      }
      onBytes(slice.byteLength);
    }
    const rest = decoder.decode();
    if (rest) refusal = csv.push(rest);
  } catch {
    return { ok: false, problem: notText, ...(encoding === 'utf-8' && { notUtf8: true as const }) };
  }
  refusal ??= csv.end();
  if (refusal) return { ok: false, problem: refusal };
  if (!aggregator) return { ok: false, problem: { message: 'declarations.problems.empty' } };
  return { ok: true, aggregator, ignoredColumns, ...(hash && { sha256: hash.hex() }) };
};

/** Web Crypto takes bytes over an ArrayBuffer of their own kind; a view over shared memory is copied. */
const ownBuffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();

const hexOf = (digest: ArrayBuffer): string =>
  [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Reads a declarations file — ETSI's ISLD export as published, or our template (columns.ts) — into the
 * aggregates a DeclarationSet keeps. The file is read as a stream of slices of CHUNK_BYTES, scanned in
 * pieces of PIECE_BYTES (declarations-csv.ts; only the cells of the columns read are made), and no row is
 * kept; the SHA-256 of loaded bytes is taken by Web Crypto alongside (off this thread in browsers), of a
 * Blob slice by slice. UTF-8 is expected; a file that is not is read again as
 * Windows-1252, the other encoding a spreadsheet saves CSV in. Never throws: the caps of limits.ts come
 * first, and anything wrong is a refusal whose message key says what (declarations.problems.*).
 */
export const readDeclarations = async (
  input: Uint8Array | Blob,
  progress?: ReportProgress,
): Promise<DeclarationsReadResult> => {
  const size = input instanceof Uint8Array ? input.byteLength : input.size;
  if (size > MAX_DECLARATIONS_BYTES)
    return refuse('declarations.problems.tooLarge', {
      size: megabytes(size),
      limit: megabytes(MAX_DECLARATIONS_BYTES),
    });
  if (size === 0) return refuse('declarations.problems.empty');

  // Started first and awaited last: in a browser, Web Crypto hashes on a thread of its own meanwhile.
  const digest = input instanceof Uint8Array ? crypto.subtle.digest('SHA-256', ownBuffer(input)) : undefined;
  let done = 0;
  let reported = 0;
  const onBytes = (bytes: number) => {
    done += bytes;
    const now = Date.now();
    if (!progress || (now - reported < 100 && done < size)) return;
    reported = now;
    progress(Math.min(done, size), size);
  };

  let pass = await readPass(input, 'utf-8', onBytes);
  if (!pass.ok && pass.notUtf8) {
    done = 0;
    pass = await readPass(input, 'windows-1252', onBytes);
  }
  if (!pass.ok) {
    digest?.catch(() => undefined);
    return { ok: false, problems: [pass.problem] };
  }
  const { aggregator, ignoredColumns } = pass;
  const rowIssues = aggregator.rowIssues();
  if (aggregator.rowCount === 0) return refuse('declarations.problems.noRows');
  if (!aggregator.hasFamilies)
    return {
      ok: false,
      problems: [{ message: 'declarations.problems.noUsableRows' }, ...rowIssues.map(issueProblem)],
    };

  let sha256 = pass.sha256;
  if (digest) {
    try {
      sha256 = hexOf(await digest);
    } catch {
      sha256 = input instanceof Uint8Array ? new Sha256().update(input).hex() : sha256;
    }
  }
  return {
    ok: true,
    value: {
      source: aggregator.source,
      sha256: sha256 ?? '',
      rowCount: aggregator.rowCount,
      aggregates: aggregator.aggregates(),
      rowIssues,
      ignoredColumns,
    },
  };
};
