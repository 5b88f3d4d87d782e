import type { ParseResult, Parser } from 'papaparse';
import { loadPapa } from '../import/libraries';

/** Told about each run of whole rows parsed; `pending` is how many characters wait for the rest of a row. */
export type OnRows = (rows: string[][], pending: number, parser: Parser) => void;

export interface CsvStream {
  /** Parses the next piece of text (rows may span pieces); `onRows` hears of the rows it completes. */
  push(text: string): void;
  /** The text has ended: the last row is completed and heard of. */
  end(): void;
}

/**
 * papaparse's own streaming parser, fed piece by piece. papaparse streams Node readable streams, Files (by
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
