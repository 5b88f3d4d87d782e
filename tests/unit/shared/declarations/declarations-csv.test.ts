import { describe, expect, it } from 'vitest';
import { createDeclarationsCsv, type HeaderSplit } from '@shared/declarations/declarations-csv';
import { MAX_RECORD_CHARS } from '@shared/declarations';
import { loadPapa } from '@shared/import/libraries';
import { SeededRandom } from '../../fuzz/seeded-random';

const cellValue = (random: SeededRandom): string =>
  random.pick([
    () => '',
    () => random.pick(['COMP_LEGAL_NAME', 'Nokia Oy', 'TS 38.331', '1001', 'x']),
    () =>
      Array.from({ length: 1 + random.below(5) }, () =>
        random.pick(['a', ' ', ',', ';', '\t', '"', '\n', '\r\n', 'é']),
      ).join(''),
  ])();

const written = (value: string, delimiter: string): string =>
  value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** What the reader hears of a file: the splits of its header, the rows after it with their numbers. */
const heard = (
  pieces: readonly string[],
  delimiter: HeaderSplit['delimiter'],
  columns: readonly number[],
) => {
  const splits: { delimiter: string; cells: readonly string[] }[] = [];
  const rows: { row: number; count: number; cells: string[] }[] = [];
  const csv = createDeclarationsCsv((found) => {
    splits.push(...found.map((split) => ({ delimiter: split.delimiter, cells: split.cells })));
    const split = found.find((candidate) => candidate.delimiter === delimiter) ?? found[0];
    return {
      split,
      columns,
      row: (cells, count, row) => {
        rows.push({ row, count, cells: columns.map((column) => cells[column] ?? '') });
        return undefined;
      },
    };
  });
  const problem = [...pieces.map((piece) => csv.push(piece)), csv.end()].find(Boolean);
  return { header: splits.find((split) => split.delimiter === delimiter)?.cells, rows, problem };
};

describe('a declarations CSV against papaparse', () => {
  it('hears the header whole and the rows’ asked cells, numbered, from 500 random files cut anywhere', async () => {
    const papa = await loadPapa();
    const random = new SeededRandom(0xdec1_a2e5);
    for (let file = 0; file < 500; file += 1) {
      const delimiter = random.pick([',', ';', '\t'] as const);
      const newline = random.pick(['\r\n', '\n', '\r'] as const);
      const width = 1 + random.below(6);
      const line = () =>
        Array.from({ length: random.chance(0.8) ? width : 1 + random.below(width + 2) }, () =>
          written(cellValue(random), delimiter),
        ).join(delimiter);
      const blankFirst = newline.repeat(random.below(3));
      const header = Array.from({ length: width }, (_, column) => `col ${column}`).join(delimiter);
      const text =
        blankFirst + [header, ...Array.from({ length: random.below(10) }, line)].join(newline) + newline;
      const bom = random.chance(0.3) ? '\uFEFF' : '';
      const cuts = Array.from({ length: random.below(8) }, () => random.below(text.length + 1)).sort(
        (a, b) => a - b,
      );
      const pieces = [...cuts, text.length].map((cut, index) => text.slice(cuts[index - 1] ?? 0, cut));
      pieces[0] = bom + (pieces[0] ?? '');
      const columns = Array.from({ length: width + 1 }, (_, column) => column).filter(() =>
        random.chance(0.5),
      );

      const parsed = papa.parse<string[]>(text, { delimiter, newline }).data.slice(0, -1);
      const numbered = parsed
        .map((cells, index) => ({ row: index + 1, cells }))
        .filter(({ cells }) => cells.length > 1 || cells[0] !== '');
      expect({ file, text, ...heard(pieces, delimiter, columns) }).toEqual({
        file,
        text,
        header: numbered[0]?.cells,
        rows: numbered.slice(1).map(({ row, cells }) => ({
          row,
          count: cells.length,
          cells: columns.map((column) => cells[column] ?? ''),
        })),
        problem: undefined,
      });
    }
  });
});

describe('a declarations CSV', () => {
  it('offers the header split by comma, semicolon and tab, its BOM left out', () => {
    expect(heard(['\uFEFFholder;standard,x\tfamily\n'], ',', []).header).toEqual([
      'holder;standard',
      'x\tfamily',
    ]);
    const splits: string[][] = [];
    const csv = createDeclarationsCsv((found) => {
      splits.push(...found.map((split) => [split.delimiter, ...split.cells]));
      return { message: 'declarations.problems.notDeclarations' };
    });
    expect(csv.push('\uFEFFa,b;c\td\r\n1,2;3\t4\r\n')).toEqual({
      message: 'declarations.problems.notDeclarations',
    });
    expect(splits).toEqual([
      [',', 'a', 'b;c\td'],
      [';', 'a,b', 'c\td'],
      ['\t', 'a,b;c', 'd'],
    ]);
  });

  it('refuses a quote left open at the end of the file, naming its row', () => {
    expect(heard(['h1,h2\n', 'a,b\n\n"c,d\n', 'e,f\n'], ',', [0]).problem).toEqual({
      message: 'declarations.problems.unclosedQuote',
      params: { row: 4 },
    });
    expect(heard(['\n"h1,h2\n', 'a,b\n'], ',', [0]).problem).toEqual({
      message: 'declarations.problems.unclosedQuote',
      params: { row: 2 },
    });
  });

  it(`refuses a row still open past ${MAX_RECORD_CHARS.toLocaleString('en')} characters, in the header too`, () => {
    const long = 'x'.repeat(MAX_RECORD_CHARS / 4);
    const open = ['h1,h2\na,b\n"c', long, long, long, long, 'y'];
    expect(heard(open, ',', [0]).problem).toEqual({
      message: 'declarations.problems.recordTooLong',
      params: { row: 3, limit: MAX_RECORD_CHARS },
    });
    expect(heard(['"h1', long, long, long, long, 'y'], ',', [0]).problem).toEqual({
      message: 'declarations.problems.recordTooLong',
      params: { row: 1, limit: MAX_RECORD_CHARS },
    });
  });
});
