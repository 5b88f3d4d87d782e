import type { FileProblem } from '../files/file-problem';
import { MAX_RECORD_CHARS } from './limits';
import { NarrowCsv } from './narrow-csv';

/** The delimiters a declarations file may use: spreadsheets save CSV with commas, semicolons or tabs. */
const delimiters = [',', ';', '\t'] as const;
export type Delimiter = (typeof delimiters)[number];

/** The header row (the first line not blank) as one delimiter splits it. */
export interface HeaderSplit {
  readonly delimiter: Delimiter;
  readonly cells: readonly string[];
  /** Blank lines before it. */
  readonly blankLines: number;
  /** The text pushed after it. */
  readonly rest: string;
}

/** Hears a data row (blank lines aside) and its number in the file (from 1); a refusal stops the reading. */
export type OnDataRow = (cells: readonly string[], cellCount: number, row: number) => FileProblem | undefined;

/** How to read the rows, the header known: by one of its splits, for these columns, by this handler. */
export interface RowReading {
  split: HeaderSplit;
  columns: readonly number[];
  row: OnDataRow;
}

export interface DeclarationsCsv {
  /** Reads the next piece of decoded text; returns the refusal once there is one (and reads no more). */
  push(text: string): FileProblem | undefined;
  /** The text has ended: reads its last row; returns the refusal if there is one. */
  end(): FileProblem | undefined;
}

const isBlank = (cells: readonly string[], cellCount: number): boolean => cellCount === 1 && cells[0] === '';

/**
 * A declarations file's CSV, read as a stream of decoded pieces by NarrowCsv. Its header row is read whole
 * and split by each delimiter; `header` chooses the split (and so the delimiter) and the columns its rows
 * are read for, or refuses the file. A BOM first in the text is skipped; blank lines are counted, not
 * heard of. A row still open past MAX_RECORD_CHARS is refused before more of it is read, and so is a quote
 * left open at the end of the file.
 */
export const createDeclarationsCsv = (
  header: (splits: readonly [HeaderSplit, ...HeaderSplit[]]) => RowReading | FileProblem,
): DeclarationsCsv => {
  /** The text before the header row is found; undefined once it is. */
  let head: string | undefined = '';
  let scanner: NarrowCsv | undefined;
  let refusal: FileProblem | undefined;
  let row = 0;
  const tooLong = (): FileProblem => ({
    message: 'declarations.problems.recordTooLong',
    params: { row: row + 1, limit: MAX_RECORD_CHARS },
  });
  const unclosed = (): FileProblem => ({
    message: 'declarations.problems.unclosedQuote',
    params: { row: row + 1 },
  });

  const startRows = (reading: RowReading): void => {
    row = reading.split.blankLines + 1;
    const onRow = reading.row;
    scanner = new NarrowCsv(reading.split.delimiter, reading.columns, (cells, cellCount) => {
      row += 1;
      if (isBlank(cells, cellCount)) return false;
      refusal = onRow(cells, cellCount, row);
      return refusal !== undefined;
    });
    scanner.push(reading.split.rest);
  };

  /** Splits the first line not blank by each delimiter, once each split has found its end or cannot. */
  const findHeader = (text: string, final: boolean): void => {
    const splits: HeaderSplit[] = [];
    let waiting = false;
    let open = false;
    for (const delimiter of delimiters) {
      let blankLines = 0;
      let cells: string[] | undefined;
      const search = new NarrowCsv(delimiter, 'all', (found, cellCount) => {
        if (isBlank(found, cellCount)) blankLines += 1;
        else cells = found.slice(0, cellCount);
        return cells !== undefined;
      });
      search.push(text);
      if (final && !cells && !search.end()) open = true;
      row = blankLines;
      if (cells) splits.push({ delimiter, cells, blankLines, rest: search.rest });
      else waiting = true;
    }
    if (!final && waiting && text.length <= MAX_RECORD_CHARS) return;
    head = undefined;
    const [first, ...others] = splits;
    if (!first) {
      if (!final) refusal = tooLong();
      else if (open) refusal = unclosed();
      return;
    }
    const reading = header([first, ...others]);
    if ('message' in reading) refusal = reading;
    else startRows(reading);
  };

  return {
    push: (text) => {
      if (refusal) return refusal;
      if (head === undefined) scanner?.push(text);
      else {
        head += head === '' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        if (head.length > MAX_RECORD_CHARS || text.includes('\n') || text.includes('\r'))
          findHeader(head, false);
      }
      if (!refusal && scanner && scanner.pending > MAX_RECORD_CHARS) refusal = tooLong();
      return refusal;
    },
    end: () => {
      if (refusal) return refusal;
      if (head !== undefined) findHeader(head, true);
      if (!refusal && scanner && !scanner.end()) refusal = unclosed();
      return refusal;
    },
  };
};
