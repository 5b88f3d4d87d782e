import type { ParseResult, Parser } from 'papaparse';
import { loadPapa } from '../import/libraries';

/**
 * Bytes to decode and hand to papaparse at a time. papaparse makes every row of what it is handed before
 * handing them over, so all the rows of a piece live at once: for 4 MB, some 15,000 rows of 40 strings,
 * which the garbage collector copies and promotes and which are no longer in the processor's cache when they
 * are read. V8 then allocates papaparse's rows in the old generation from the start, for the rest of the
 * process: one 4 MB piece parsed first made every later 64 kB piece as slow as 4 MB ones. Pieces of 64 kB
 * (a few hundred rows) from the first one on made papaparse's own parse of an ISLD export about 2.8 times
 * cheaper in CPU time (16 to 64 kB measured alike). papaparse guesses the delimiter (on 10 rows) and the
 * line break on the first piece.
 */
export const PIECE_BYTES = 64 * 1024;

/** Told about each run of whole rows parsed; `pending` is how many characters wait for the rest of a row. */
export type OnRows = (rows: string[][], pending: number, parser: Parser) => void;

export interface CsvStream {
  /** Parses the next piece of text (rows may span pieces); `onRows` hears of the rows it completes. */
  push(text: string): void;
  /** The text has ended: the last row is completed and heard of. */
  end(): void;
}

/**
 * papaparse's own streaming parser, fed piece by piece (PIECE_BYTES at a time, decoded). papaparse streams Node readable streams, Files (by
 * FileReader, absent from Node) and whole strings; neither of the last two suits a file read by slices in a
 * worker, so this hands it the small part of a readable stream it uses ('data', 'end', pause and resume).
 * The delimiter is guessed on the first piece among comma, semicolon and tab, as the bulk import does.
 */
export const createCsvStream = async (onRows: OnRows): Promise<CsvStream> => {
  const papa = await loadPapa();
  const listeners = new Map<string, (value?: string) => void>();
  const source = {
    readable: true,
    read: () => undefined,
    on: (event: string, listener: (value?: string) => void) => listeners.set(event, listener),
    removeListener: (event: string) => listeners.delete(event),
    pause: () => undefined,
    resume: () => undefined,
  };
  let pushed = 0;
  papa.parse<string[]>(source as unknown as NodeJS.ReadableStream, {
    delimitersToGuess: [',', ';', '\t'],
    chunk: (results: ParseResult<string[]>, parser: Parser) =>
      onRows(results.data, pushed - results.meta.cursor, parser),
    complete: () => undefined,
  });
  return {
    push: (text) => {
      pushed += text.length;
      listeners.get('data')?.(text);
    },
    end: () => listeners.get('end')?.(),
  };
};
