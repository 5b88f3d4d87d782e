import { beforeAll, describe, expect, it } from 'vitest';
import type { Workbook } from 'exceljs';
import { loadExcelJs } from '@shared/import/libraries';
import { cellText } from '@shared/import/read-xlsx';
import { CONTROL_SHEET } from '@shared/questionnaire';
import { editPart, timed } from './hostile-xlsx';
import { ANSWER, COMMENT, exportFor, filled, open, problemsOf, read, rows } from './questionnaire-fixtures';

/** Refusals are decided before any sheet is walked: milliseconds, far under this. */
const REFUSAL_BUDGET_MS = 1_000;

beforeAll(async () => {
  await loadExcelJs();
});

/** The workbook's parts: Instructions, Questionnaire, Control, in the order they were added. */
const QUESTIONNAIRE_PART = 'xl/worksheets/sheet2.xml';
const CONTROL_PART = 'xl/worksheets/sheet3.xml';

const farRow = (xml: string): string =>
  xml.replace(
    '</sheetData>',
    '<row r="2147483000"><c r="A2147483000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
  );

describe('a returned questionnaire past the limits', () => {
  it('is refused at once when its questionnaire or control sheet has a row numbered near 2^31', async () => {
    for (const [part, sheet] of [
      [QUESTIONNAIRE_PART, 'Questionnaire'],
      [CONTROL_PART, CONTROL_SHEET],
    ] as const) {
      const bytes = editPart(await exportFor(), part, farRow);
      const { result, ms } = await timed(() => read(bytes));
      expect(problemsOf(result)).toEqual([
        { message: 'xlsx.problems.pastExcelRows', params: { sheet, row: 2_147_483_000, limit: 1_048_576 } },
      ]);
      expect(ms).toBeLessThan(REFUSAL_BUDGET_MS);
    }
  });

  it('is refused past its items and a margin of 100 rows, and past 26 columns', async () => {
    // Five items from row 2: the last row a file may have is 2 + 5 + 100 = 107.
    const past = editPart(await exportFor(), QUESTIONNAIRE_PART, (xml) =>
      xml.replace('</sheetData>', '<row r="108"><c r="A108"><v>1</v></c></row></sheetData>'),
    );
    expect(problemsOf(await read(past))).toEqual([
      { message: 'xlsx.problems.tooManyRows', params: { sheet: 'Questionnaire', row: 108, limit: 107 } },
    ]);
    const wide = editPart(await exportFor(), QUESTIONNAIRE_PART, (xml) =>
      xml.replace('</sheetData>', '<row r="9"><c r="AA9"><v>1</v></c></row></sheetData>'),
    );
    expect(problemsOf(await read(wide))).toEqual([
      {
        message: 'xlsx.problems.tooManyColumns',
        params: { sheet: 'Questionnaire', column: 'AA', limit: 26 },
      },
    ]);
    // Within the margin, a filled row after the last item is the usual "rows added" problem.
    const within = editPart(await exportFor(), QUESTIONNAIRE_PART, (xml) =>
      xml.replace(
        '</sheetData>',
        '<row r="107"><c r="A107" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      ),
    );
    expect(problemsOf(await read(within))).toEqual([
      { row: 107, message: 'questionnaire.problems.extraRow' },
    ]);
  });

  it('refuses a date answer outside the calendar as a date problem instead of failing', async () => {
    const bytes = await filled((sheet) => {
      const cell = sheet.getCell(rows.auditDate, ANSWER);
      cell.value = 1e20;
      cell.numFmt = 'yyyy-mm-dd';
    });
    expect(problemsOf(await read(bytes))).toEqual([
      {
        row: rows.auditDate,
        column: 'Answer',
        value: 'Invalid Date',
        message: 'questionnaire.problems.date',
      },
    ]);
  });

  it('reads a comment written as a link with formatted text as its plain text', async () => {
    const bytes = await filled((sheet) => {
      sheet.getCell(rows.escrow, COMMENT).value = {
        hyperlink: 'https://escrow.example',
        text: { richText: [{ text: 'See ' }, { font: { bold: true }, text: 'contract' }] },
      } as never;
    });
    const result = await read(bytes);
    expect(result.ok && result.answers).toEqual([
      { itemId: 'escrow', row: rows.escrow, value: null, comment: 'See contract', current: undefined },
    ]);
  });
});

/** Sets the control sheet's row for `key` to `value`, adding the row when the file has none. */
const setControl = (workbook: Workbook, key: string, value: string): void => {
  const sheet = workbook.getWorksheet(CONTROL_SHEET);
  if (!sheet) throw new Error('no control sheet');
  let found = false;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === key) {
      row.getCell(2).value = value;
      found = true;
    }
  });
  if (!found) sheet.addRow([key, value]);
};

describe('answer words', () => {
  it('are the app’s: a control sheet redefining them does not change what an answer means', async () => {
    const bytes = await filled((sheet, workbook) => {
      // The file claims that "oui" means no and "non" means yes.
      setControl(workbook, 'answer.yes', 'non');
      setControl(workbook, 'answer.no', 'oui');
      sheet.getCell(rows.policy, ANSWER).value = 'oui';
      sheet.getCell(rows.patching, ANSWER).value = 'n.a.';
    });
    const result = await read(bytes);
    expect(result.ok && result.answers.map(({ itemId, value }) => [itemId, value])).toEqual([
      ['policy', 'yes'],
      ['patching', 'na'],
    ]);
  });

  it('cannot be made to accept a word the app does not know', async () => {
    const bytes = await filled((sheet, workbook) => {
      setControl(workbook, 'answer.yes', 'absolutely');
      sheet.getCell(rows.policy, ANSWER).value = 'absolutely';
    });
    expect(problemsOf(await read(bytes))).toEqual([
      {
        row: rows.policy,
        column: 'Answer',
        value: 'absolutely',
        message: 'questionnaire.problems.yesNo',
        params: { allowed: 'yes, partial, no, n.a.' },
      },
    ]);
  });

  it('are not written into the file any more', async () => {
    const control = (await open(await exportFor())).getWorksheet(CONTROL_SHEET);
    const keys: string[] = [];
    control?.eachRow((row) => keys.push(cellText(row.getCell(1).value)));
    expect(keys.filter((key) => key.startsWith('answer.'))).toEqual([]);
    expect(keys).toContain('assessmentId');
  });
});
