import { describe, expect, it } from 'vitest';
import { NarrowCsv } from '@shared/declarations/narrow-csv';
import { loadPapa } from '@shared/import/libraries';
import { SeededRandom } from '../../fuzz/seeded-random';

const delimiters = [',', ';', '\t'] as const;
const lineEnds = ['\r\n', '\n', '\r'] as const;

/** What a caller sees of a row: its cell count, the cells it asked for, the only cell of a one-cell row. */
interface SeenRow {
  count: number;
  cells: string[];
  only?: string;
}

const seen = (cells: readonly string[], count: number, columns: readonly number[]): SeenRow => ({
  count,
  cells: columns.map((column) => cells[column] ?? ''),
  ...(count === 1 && { only: cells[0] }),
});

/** The rows NarrowCsv hears of, the text pushed in the given pieces, and whether `end` found every quote closed. */
const scanned = (pieces: readonly string[], delimiter: string, columns: readonly number[] | 'all') => {
  const rows: (SeenRow | string[])[] = [];
  const scanner = new NarrowCsv(delimiter, columns, (cells, count) => {
    rows.push(columns === 'all' ? [...cells] : seen(cells, count, columns));
  });
  for (const piece of pieces) scanner.push(piece);
  return { rows, closed: scanner.end() };
};

/** The same from papaparse reading the whole text; the empty row it reads after a last line end is no row. */
const oracle = async (
  text: string,
  delimiter: string,
  newline: (typeof lineEnds)[number],
  columns: readonly number[] | 'all',
) => {
  const papa = await loadPapa();
  const rows = papa.parse<string[]>(text, { delimiter, newline }).data;
  if (text.endsWith(newline)) rows.pop();
  return columns === 'all' ? rows : rows.map((row) => seen(row, row.length, columns));
};

/** A cell's value: empty, plain, or holding what CSV quotes: the three delimiters, quotes, line breaks. */
const cellValue = (random: SeededRandom): string =>
  random.pick([
    () => '',
    () => random.pick(['Huawei Technologies', 'Nokia Oy', 'TS 38.331', '1001', 'x', ' spaced ']),
    () =>
      Array.from({ length: 1 + random.below(6) }, () =>
        random.pick(['a', 'Z', ' ', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', 'é', '5G']),
      ).join(''),
  ])();

/** A cell as a CSV writer puts it: quoted when it must be, and now and then when it need not be. */
const written = (value: string, delimiter: string, random: SeededRandom): string =>
  value.includes(delimiter) || /["\r\n]/.test(value) || random.chance(0.2)
    ? `"${value.replaceAll('"', '""')}"`
    : value;

/** A valid CSV of a few rows, some of another width than the others, some blank. */
const randomCsv = (random: SeededRandom) => {
  const delimiter = random.pick(delimiters);
  const newline = random.pick(lineEnds);
  const width = 1 + random.below(8);
  const rows = Array.from({ length: 1 + random.below(12) }, () => {
    const count = random.chance(0.8) ? width : 1 + random.below(width + 3);
    return Array.from({ length: count }, () => written(cellValue(random), delimiter, random)).join(delimiter);
  });
  const text = rows.join(newline) + (random.chance(0.5) ? newline : '');
  return { text, delimiter, newline, width };
};

/** The text cut at a few random places (inside quotes, between CR and LF, inside "" included). */
const randomPieces = (text: string, random: SeededRandom): string[] => {
  const cuts = Array.from({ length: random.below(8) }, () => random.below(text.length + 1)).sort(
    (a, b) => a - b,
  );
  return [...cuts, text.length].map((cut, index) => text.slice(cuts[index - 1] ?? 0, cut));
};

describe('NarrowCsv against papaparse', () => {
  it('reads the cells asked for as papaparse reads them, from 2,000 random valid CSVs cut anywhere', async () => {
    const random = new SeededRandom(0x0c5_2026);
    for (let file = 0; file < 2_000; file += 1) {
      const { text, delimiter, newline, width } = randomCsv(random);
      const columns = Array.from({ length: width + 2 }, (_, column) => column).filter(() =>
        random.chance(0.4),
      );
      const expected = await oracle(text, delimiter, newline, columns);
      const pieces = file % 10 === 0 ? [...text] : randomPieces(text, random);
      expect({ file, text, ...scanned(pieces, delimiter, columns) }).toEqual({
        file,
        text,
        rows: expected,
        closed: true,
      });
    }
  });
});

describe('NarrowCsv on all the cells', () => {
  it('reads every cell as papaparse does when asked for all, as for a header row', async () => {
    const random = new SeededRandom(0x4ead_e125);
    for (let file = 0; file < 500; file += 1) {
      const { text, delimiter, newline } = randomCsv(random);
      const expected = await oracle(text, delimiter, newline, 'all');
      expect({ file, text, ...scanned(randomPieces(text, random), delimiter, 'all') }).toEqual({
        file,
        text,
        rows: expected,
        closed: true,
      });
    }
  });
});

/** Every cell of every row, the text pushed in one piece and then one character at a time: both must agree. */
const rowsOf = (text: string, delimiter = ','): string[][] => {
  const whole = scanned([text], delimiter, 'all');
  expect(scanned([...text], delimiter, 'all')).toEqual(whole);
  expect(whole.closed).toBe(true);
  return whole.rows as string[][];
};

describe('NarrowCsv on the hard parts of CSV', () => {
  it('takes CRLF, LF and a lone CR as line ends, and a blank line as one empty cell', () => {
    expect(rowsOf('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
    expect(rowsOf('a\r\n\r\nb\n\n')).toEqual([['a'], [''], ['b'], ['']]);
  });

  it('reads quoted delimiters, line breaks and doubled quotes as text, and a quoted last cell', () => {
    expect(rowsOf('"a,b","c\r\nd","say ""5G""",""\r\n"x"\r\n')).toEqual([
      ['a,b', 'c\r\nd', 'say "5G"', ''],
      ['x'],
    ]);
    expect(rowsOf('"t\tab"\t"s;c"\t1', '\t')).toEqual([['t\tab', 's;c', '1']]);
  });

  it('reads a quote inside a cell that does not start with one as a character of the cell', () => {
    expect(rowsOf('5" disk,a"b"\nc')).toEqual([['5" disk', 'a"b"'], ['c']]);
  });

  it('adds the text after a closing quote to the cell, up to the next delimiter or line end', () => {
    expect(rowsOf('"ab"cd,e\n"x"y"z",w\n')).toEqual([
      ['abcd', 'e'],
      ['xy"z"', 'w'],
    ]);
  });

  it('says a quote was left open at the end, having heard of the rows before it', () => {
    for (const text of ['a,b\n"c,d\ne,f', 'a,b\n"c""', 'a,b\nc,"d""e'])
      for (const pieces of [[text], [...text]]) {
        const { rows, closed } = scanned(pieces, ',', 'all');
        expect({ text, rows, closed }).toEqual({ text, rows: [['a', 'b']], closed: false });
      }
  });

  it('waits for what follows a CR or a quote last in a piece before deciding, empty pieces between', () => {
    expect(scanned(['a,b\r', '\nc,d'], ',', 'all').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(scanned(['"a"', '', '"b",c\n'], ',', 'all').rows).toEqual([['a"b', 'c']]);
    expect(scanned(['a\r', '', '\nb'], ',', 'all').rows).toEqual([['a'], ['b']]);
    expect(scanned(['"a"', ',b\n'], ',', 'all').rows).toEqual([['a', 'b']]);
  });

  it('makes only the cells asked for, and the empty text past a short row’s end', () => {
    const rows: string[][] = [];
    const scanner = new NarrowCsv(',', [1, 3], (cells, count) => {
      rows.push([String(count), ...cells]);
    });
    scanner.push('a,b,c,d,e\nf,g\n\nh\n');
    expect(scanner.end()).toBe(true);
    expect(rows).toEqual([
      ['5', '', 'b', '', 'd'],
      ['2', '', 'g', '', ''],
      ['1', '', '', '', ''],
      ['1', 'h', '', '', ''],
    ]);
  });

  it('stops after the row its listener stops at, keeping the text after it', () => {
    const heard: number[] = [];
    const scanner = new NarrowCsv(';', 'all', (_, count) => heard.push(count) === 1);
    scanner.push('a;b\r\nc;d;e\r\n');
    scanner.push('f\n');
    expect(heard).toEqual([2]);
    expect(scanner.rest).toBe('c;d;e\r\n');
  });
});
