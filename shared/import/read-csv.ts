import { unneutraliseCell } from '../export/neutralise';
import { loadPapa } from './libraries';
import type { ImportProblem } from './problems';
import type { RawRow } from './raw-table';

/** Characters that never occur in a text file (NUL and the C0 controls other than tab and line breaks). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000E-\u001F]/;

/** Decodes UTF-8 text, BOM stripped; undefined when the bytes are not text (binary or another encoding). */
export const decodeText = (bytes: Uint8Array): string | undefined => {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return controlCharacters.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
};

export interface CsvGrid {
  grid: RawRow[];
  problems: ImportProblem[];
}

/**
 * Reads CSV text into rows numbered as a spreadsheet shows them (record n is row n, even when a quoted
 * cell spans several lines). The delimiter is guessed among comma, semicolon (French Excel) and tab. A
 * cell the export neutralised ("'=1") is read as it was typed ("=1").
 */
export const readCsv = async (text: string): Promise<CsvGrid> => {
  const papa = await loadPapa();
  // Trailing blank lines are dropped first: a file padded with millions of them would otherwise take seconds.
  const result = papa.parse<string[]>(text.trimEnd(), {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  const problems: ImportProblem[] = result.errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      message: 'importer.problems.unclosedQuote',
    }));
  const grid = result.data.map((cells, index) => ({ number: index + 1, cells: cells.map(unneutraliseCell) }));
  return { grid, problems };
};
