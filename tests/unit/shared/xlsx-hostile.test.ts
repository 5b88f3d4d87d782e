import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readImportFile, type ReadResult } from '@shared/import';
import { cellText } from '@shared/import/read-xlsx';
import { loadExcelJs } from '@shared/import/libraries';
import {
  appendAfterSheetData,
  appendToSheetData,
  declareEntryCount,
  declareSize,
  editPart,
  FIRST_SHEET,
  timed,
  vendorWorkbook,
} from './hostile-xlsx';
import { messages } from './import-fixtures';

/** The refusals are decided before anything heavy runs: a few milliseconds, far under this. */
const REFUSAL_BUDGET_MS = 1_000;
/** A read of a small workbook, spreadsheet library included; the hostile ones took 3 s to minutes. */
const READ_BUDGET_MS = 2_000;

const problemsOf = (read: ReadResult) => read.problems.map(({ message, params }) => ({ message, params }));
const rowsOf = (read: ReadResult) => (read.ok ? read.table.rows.map((row) => row.cells) : []);

// The spreadsheet library is loaded once here, so that no time budget below includes its loading.
beforeAll(async () => {
  await loadExcelJs();
});

describe('a workbook whose sheet goes past the limits', () => {
  it('is refused at once when a row is numbered past Excel’s 1,048,576 rows, naming the sheet and row', async () => {
    const bytes = appendToSheetData(
      await vendorWorkbook(),
      '<row r="2147483000"><c r="A2147483000" t="inlineStr"><is><t>Far away</t></is></c></row>',
    );
    expect(bytes.byteLength).toBeLessThan(10_000);
    const { result, ms } = await timed(() => readImportFile(bytes));
    expect(problemsOf(result)).toEqual([
      {
        message: 'xlsx.problems.pastExcelRows',
        params: { sheet: 'Vendors', row: 2_147_483_000, limit: 1_048_576 },
      },
    ]);
    expect(messages({ problems: result.problems })).toEqual([
      'The sheet “Vendors” has a row numbered 2,147,483,000, past the 1,048,576 rows a spreadsheet can have: the file is damaged or built to hang the app.',
    ]);
    expect(ms).toBeLessThan(REFUSAL_BUDGET_MS);
  });

  it('is refused past the 100,000 rows or 100 columns an import reads, and past Excel’s columns', async () => {
    const base = await vendorWorkbook();
    const cases = [
      [
        '<row r="100001"><c r="A100001"><v>1</v></c></row>',
        'xlsx.problems.tooManyRows',
        { row: 100_001, limit: 100_000 },
      ],
      [
        '<row r="3"><c r="CW3"><v>1</v></c></row>',
        'xlsx.problems.tooManyColumns',
        { column: 'CW', limit: 100 },
      ],
      [
        '<row r="3"><c r="ZZZZZZ3"><v>1</v></c></row>',
        'xlsx.problems.pastExcelColumns',
        { column: 'ZZZZZZ', limit: 16_384 },
      ],
    ] as const;
    for (const [xml, message, params] of cases) {
      const { result, ms } = await timed(() => readImportFile(appendToSheetData(base, xml)));
      expect(problemsOf(result)).toEqual([{ message, params: { sheet: 'Vendors', ...params } }]);
      expect(ms).toBeLessThan(REFUSAL_BUDGET_MS);
    }
    // The last row and column accepted are read.
    const edge = appendToSheetData(
      base,
      '<row r="100000"><c r="CV100000" t="inlineStr"><is><t>x</t></is></c></row>',
    );
    const read = await readImportFile(edge);
    expect(read.ok && read.table.rows.at(-1)?.number).toBe(100_000);
  });

  it('finds a row number written with character references, as a parser reads it', async () => {
    const bytes = appendToSheetData(
      await vendorWorkbook(),
      `<row r='&#50;&#49;&#52;&#55;&#52;&#56;&#51;&#48;&#48;&#48;'><c r="A3"><v>1</v></c></row>`,
    );
    expect(problemsOf(await readImportFile(bytes))).toEqual([
      {
        message: 'xlsx.problems.pastExcelRows',
        params: { sheet: 'Vendors', row: 2_147_483_000, limit: 1_048_576 },
      },
    ]);
  });

  it('does not count a row hidden in a comment or in the text of a cell', async () => {
    const bytes = appendToSheetData(
      await vendorWorkbook(),
      '<!-- <row r="5000000"> --><row r="3"><c r="A3" t="inlineStr"><is><t>Atlas &lt;row r="5000000"&gt;</t></is></c><c r="B3" t="inlineStr"><is><t>DE</t></is></c></row>',
    );
    const read = await readImportFile(bytes);
    expect(read.problems).toEqual([]);
    expect(rowsOf(read)).toEqual([
      ['Nordic Radio', 'FI', 'Radio access'],
      ['Atlas <row r="5000000">', 'DE'],
    ]);
  });

  it('is refused as unreadable when a row or cell has no number or a broken one', async () => {
    for (const xml of [
      '<row><c r="A3"><v>1</v></c></row>',
      '<row r="3"><c><v>1</v></c></row>',
      '<row r="3"><c r="3A"><v>1</v></c></row>',
      '<row r="3"><c r="A3"><v>1</v></row>',
    ]) {
      expect(problemsOf(await readImportFile(appendToSheetData(await vendorWorkbook(), xml)))).toEqual([
        { message: 'importer.problems.unreadableXlsx', params: undefined },
      ]);
    }
  });
});

describe('a workbook whose sheet declares a DOCTYPE', () => {
  it('is refused as unreadable: a workbook never has one, and it could declare entities', async () => {
    const bytes = editPart(await vendorWorkbook(), FIRST_SHEET, (xml) =>
      xml.replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]><worksheet'),
    );
    expect(problemsOf(await readImportFile(bytes))).toEqual([
      { message: 'importer.problems.unreadableXlsx', params: undefined },
    ]);
  });
});

describe('a workbook whose formatting covers whole sheets', () => {
  it('reads its values at once, whatever the merges, drop-down rules, column widths and names span', async () => {
    const base = await vendorWorkbook();
    const hostile = [
      appendAfterSheetData(base, '<mergeCells count="1"><mergeCell ref="D2:Z100000"/></mergeCells>'),
      appendAfterSheetData(
        base,
        '<dataValidations count="1"><dataValidation type="list" sqref="B2:F1048576"><formula1>"FI,DE"</formula1></dataValidation></dataValidations>',
      ),
      editPart(base, FIRST_SHEET, (xml) =>
        xml.replace('<sheetData>', '<cols><col min="1" max="100000000" width="9"/></cols><sheetData>'),
      ),
      editPart(base, 'xl/workbook.xml', (xml) =>
        xml.replace(
          '</sheets>',
          '</sheets><definedNames><definedName name="all">Vendors!$A$1:$Z$100000</definedName></definedNames>',
        ),
      ),
    ];
    for (const bytes of hostile) {
      const { result, ms } = await timed(() => readImportFile(bytes));
      expect(result.problems).toEqual([]);
      expect(rowsOf(result)).toEqual([['Nordic Radio', 'FI', 'Radio access']]);
      expect(ms).toBeLessThan(READ_BUDGET_MS);
    }
  });
});

describe('a workbook that inflates past the limits (zip bomb)', () => {
  it('is refused from its declared sizes, before anything is inflated', async () => {
    const bytes = declareSize(await vendorWorkbook(), FIRST_SHEET, 1_000_000_000);
    const { result, ms } = await timed(() => readImportFile(bytes));
    expect(problemsOf(result)).toMatchObject([
      { message: 'xlsx.problems.compressionRatio', params: { part: FIRST_SHEET, limit: 200 } },
    ]);
    expect(result.problems[0]?.params?.ratio).toBeGreaterThan(100_000);
    expect(ms).toBeLessThan(REFUSAL_BUDGET_MS);
  });

  it('is refused when its parts together declare more than 100 MB, each at an ordinary ratio', async () => {
    // Three parts of 500 KB of varied letters, each declared as 35 MB: about 100 times their compressed size.
    let state = 1;
    const noise = new Uint8Array(500_000).map(() => {
      state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
      return 97 + ((state >> 16) % 26);
    });
    const names = ['xl/media/a.txt', 'xl/media/b.txt', 'xl/media/c.txt'];
    let bytes: Uint8Array = zipSync({
      ...unzipSync(await vendorWorkbook()),
      ...Object.fromEntries(names.map((name) => [name, noise])),
    });
    for (const name of names) bytes = declareSize(bytes, name, 35 * 1024 * 1024);
    const { result, ms } = await timed(() => readImportFile(bytes));
    expect(problemsOf(result)).toEqual([
      {
        message: 'xlsx.problems.tooLargeInflated',
        params: { size: '105.0 MB', limit: '100.0 MB' },
      },
    ]);
    expect(ms).toBeLessThan(REFUSAL_BUDGET_MS);
  });

  it('is refused when a part is compressed a thousand times, as only a crafted file is', async () => {
    const parts = unzipSync(await vendorWorkbook());
    const padded = zipSync({ ...parts, 'xl/sharedStrings.xml': new Uint8Array(20 * 1024 * 1024).fill(0x20) });
    const { result, ms } = await timed(() => readImportFile(padded));
    expect(problemsOf(result)).toMatchObject([
      { message: 'xlsx.problems.compressionRatio', params: { part: 'xl/sharedStrings.xml', limit: 200 } },
    ]);
    expect(result.problems[0]?.params?.ratio).toBeGreaterThan(500);
    expect(ms).toBeLessThan(REFUSAL_BUDGET_MS);
  });

  it('stops inflating a part that declares a small size and inflates far more', async () => {
    // 8 MB of blanks, which deflate to about 8 KB, declared as 30 KB: a ratio any sheet could have.
    const base = unzipSync(await vendorWorkbook());
    const sheet = new TextDecoder().decode(base[FIRST_SHEET]);
    const padding = `<!--${' '.repeat(8 * 1024 * 1024)}-->`;
    const large = zipSync({
      ...base,
      [FIRST_SHEET]: strToU8(sheet.replace('<sheetData>', `${padding}<sheetData>`)),
    });
    const { result, ms } = await timed(() => readImportFile(declareSize(large, FIRST_SHEET, 30_000)));
    expect(problemsOf(result)).toEqual([
      { message: 'xlsx.problems.sizeMismatch', params: { part: FIRST_SHEET } },
    ]);
    expect(ms).toBeLessThan(REFUSAL_BUDGET_MS);
  });

  it('is refused when it claims more than 1,000 parts, before its directory is walked', async () => {
    const bytes = declareEntryCount(await vendorWorkbook(), 65_000);
    const { result, ms } = await timed(() => readImportFile(bytes));
    expect(problemsOf(result)).toEqual([
      { message: 'xlsx.problems.tooManyEntries', params: { count: 65_000, limit: 1_000 } },
    ]);
    expect(ms).toBeLessThan(REFUSAL_BUDGET_MS);
  });
});

describe('cells the spreadsheet library reads as odd values', () => {
  it('reports a date cell outside the calendar at its row and cell, instead of failing', async () => {
    const bytes = await vendorWorkbook((workbook) => {
      const cell = workbook.getWorksheet('Vendors')?.getCell('C2');
      if (!cell) throw new Error('no cell');
      cell.value = 1e20;
      cell.numFmt = 'yyyy-mm-dd';
    });
    const read = await readImportFile(bytes);
    expect(problemsOf(read)).toEqual([{ message: 'importer.problems.invalidDate', params: { cell: 'C2' } }]);
    expect(messages({ problems: read.problems })).toEqual([
      'Row 2: Cell C2 holds a date outside the calendar (its number is no real day). Enter the date as YYYY-MM-DD.',
    ]);
  });

  it('reads a link whose text is formatted as its plain text', async () => {
    const bytes = await vendorWorkbook((workbook) => {
      const cell = workbook.getWorksheet('Vendors')?.getCell('C2');
      if (!cell) throw new Error('no cell');
      cell.value = {
        hyperlink: 'https://nordic.example',
        text: { richText: [{ text: 'Nordic ' }, { font: { bold: true }, text: 'site' }] },
      } as never;
    });
    const read = await readImportFile(bytes);
    expect(read.problems).toEqual([]);
    expect(rowsOf(read)).toEqual([['Nordic Radio', 'FI', 'Nordic site']]);
  });

  it('turns every kind of cell value into text without throwing', () => {
    expect(
      cellText({
        hyperlink: 'https://x.example',
        text: { richText: [{ text: 'A' }, { text: 'B' }] },
      } as never),
    ).toBe('AB');
    expect(cellText(new Date(Number.NaN))).toBe('Invalid Date');
    expect(cellText(new Date('2025-11-04T00:00:00Z'))).toBe('2025-11-04');
    expect(cellText({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(cellText({ richText: 'not a list' } as never)).toBe('');
    expect(cellText({ hyperlink: 'https://x.example' } as never)).toBe('');
    expect(cellText({ unexpected: true } as never)).toBe('');
  });
});
