import { describe, expect, it } from 'vitest';
import { createCsvStream } from '@shared/declarations/csv-stream';

/** Every row the stream hears of, the text pushed in pieces cut at the given offsets. */
const streamed = async (text: string, cuts: readonly number[]): Promise<string[][]> => {
  const rows: string[][] = [];
  const csv = await createCsvStream((parsed) => rows.push(...parsed));
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    csv.push(text.slice(from, cut));
    from = cut;
  }
  csv.end();
  return rows;
};

// Well-formed files with what makes CSV hard: quoted delimiters, doubled quotes, line breaks inside quotes
// (LF, CRLF), empty quoted fields, a quote closing right before the row's end, blank lines, a BOM.
const files = {
  crlf: '\uFEFFholder,standard,family\r\n"Huawei, Ltd.",TS 38.331,"1001"\r\n\r\n"Say ""5G""","line\r\nbreak",""\r\nNokia Oy,36.331,2002\r\n',
  lf: 'holder;standard;family\n"A;B";"x\ny";3\n\n"";"";""\n"q""";38.300;"7"\n',
  tab: 'holder\tstandard\tfamily\r\n"T\tab"\t38.331\t1\r\n"multi\r\nline\r\n"\t"\t"\t2\r\n',
};

// papaparse guesses the delimiter and the line break on the first piece it is given (the reader's first
// 64 kB, hundreds of rows): here the first two lines; the pieces after them may be cut anywhere, inside
// quotes and between CR and LF included.
describe('papaparse fed by pieces', () => {
  it.each(Object.entries(files))(
    'reads the same rows from a %s file wherever the pieces after the first one are cut, as from one piece',
    async (_, text) => {
      const expected = await streamed(text, []);
      expect(expected.length).toBeGreaterThanOrEqual(3);
      const first = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
      for (let cut = first + 1; cut < text.length; cut += 1)
        expect(await streamed(text, [first, cut])).toEqual(expected);
      for (let size = 1; size <= 5; size += 1) {
        const cuts = [first];
        while ((cuts.at(-1) ?? 0) + size < text.length) cuts.push((cuts.at(-1) ?? 0) + size);
        expect(await streamed(text, cuts)).toEqual(expected);
      }
    },
  );
});
