import type { ParseResult } from 'papaparse';
import { loadPapa } from '../shared/import/libraries';

/** Told about each run of whole rows parsed. */
export type OnRows = (rows: string[][]) => void;

export interface CsvStream {
  /** Parses the next piece of text (rows may span pieces); `onRows` hears of the rows it completes. */
  push(text: string): void;
  /** The text has ended: the last row is completed and heard of. */
  end(): void;
}

/**
 * papaparse's own streaming parser, the yardstick of the declarations import (issue 13: the import within
 * 1.3 × papaparse's streaming parse of the same file), fed as the import fed it when papaparse was its
 * parser: in pieces of PIECE_BYTES, decoded. papaparse makes every row of what it is handed before handing them
 * over, so all the rows of a piece live at once; in pieces of 64 kB (a few hundred rows) its parse of an
 * ISLD export costs about 2.8 times less CPU than in 4 MB ones. papaparse streams Node readable streams,
 * Files (by FileReader, absent from Node) and whole strings; this hands it the small part of a readable
 * stream it uses ('data', 'end', pause and resume). The delimiter is guessed on the first piece among
 * comma, semicolon and tab, as the bulk import does.
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
  papa.parse<string[]>(source as unknown as NodeJS.ReadableStream, {
    delimitersToGuess: [',', ';', '\t'],
    chunk: (results: ParseResult<string[]>) => onRows(results.data),
    complete: () => undefined,
  });
  return {
    push: (text) => listeners.get('data')?.(text),
    end: () => listeners.get('end')?.(),
  };
};
