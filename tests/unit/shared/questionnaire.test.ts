import { describe, expect, it } from 'vitest';
import type { Worksheet } from 'exceljs';
import type { Checklist } from '@shared/domain';
import { CONTROL_SHEET } from '@shared/questionnaire';
import {
  assessment,
  checklist,
  ANSWER,
  COMMENT,
  exportFor,
  filled,
  french,
  open,
  problemsOf,
  questionnaireSheet,
  read,
  rows,
} from './questionnaire-fixtures';

describe('questionnaire round trip', () => {
  it('reads back what the vendor filled in, for every answer type, as proposed answers', async () => {
    const bytes = await filled((sheet) => {
      sheet.getCell(rows.policy, ANSWER).value = 'yes';
      sheet.getCell(rows.policy, COMMENT).value = 'Policy approved in March';
      sheet.getCell(rows.stateLinks, ANSWER).value = 1;
      sheet.getCell(rows.escrow, ANSWER).value = 'NCC Group, London';
      sheet.getCell(rows.auditDate, ANSWER).value = new Date('2025-11-04T00:00:00Z');
    });

    const result = await read(bytes);

    expect(result).toEqual({
      ok: true,
      answers: [
        {
          itemId: 'policy',
          row: 2,
          value: 'yes',
          comment: 'Policy approved in March',
          current: assessment.answers.policy,
        },
        { itemId: 'state-links', row: 3, value: 1, comment: undefined, current: undefined },
        { itemId: 'escrow', row: 5, value: 'NCC Group, London', comment: undefined, current: undefined },
        { itemId: 'audit-date', row: 6, value: '2025-11-04', comment: undefined, current: undefined },
      ],
    });
  });

  it('prefills the current answers, so an untouched file proposes nothing', async () => {
    const sheet = questionnaireSheet(await open(await exportFor()));
    expect(sheet.getCell(rows.policy, ANSWER).value).toBe('partial');
    expect(sheet.getCell(rows.policy, COMMENT).value).toBe('Draft policy only');
    expect(sheet.getCell(rows.patching, ANSWER).value).toBe(2);

    expect(await read(await exportFor())).toEqual({ ok: true, answers: [] });
  });

  it('proposes n.a. and a cleared answer', async () => {
    const bytes = await filled((sheet) => {
      sheet.getCell(rows.policy, ANSWER).value = null;
      sheet.getCell(rows.patching, ANSWER).value = 'N.A.';
    });
    const result = await read(bytes);
    expect(result.ok && result.answers.map(({ itemId, value }) => [itemId, value])).toEqual([
      ['policy', null],
      ['patching', 'na'],
    ]);
  });

  it('reads a file exported in French with its French answer words, whatever the language of the import', async () => {
    const exported = await exportFor(assessment, french);
    const sheet = questionnaireSheet(await open(exported));
    expect(sheet.getCell(rows.policy, ANSWER).value).toBe('partiel');

    const bytes = await filled((filledSheet) => {
      filledSheet.getCell(rows.policy, ANSWER).value = 'oui';
      filledSheet.getCell(rows.patching, ANSWER).value = 's.o.';
    }, exported);
    const result = await read(bytes);
    expect(result.ok && result.answers.map(({ itemId, value }) => [itemId, value])).toEqual([
      ['policy', 'yes'],
      ['patching', 'na'],
    ]);
  });
});

describe('questionnaire file', () => {
  it('locks every cell but Answer and Comment and protects the sheet, allowing formatting only', async () => {
    const sheet = questionnaireSheet(await open(await exportFor()));
    for (let row = 1; row <= rows.auditDate; row += 1) {
      for (let column = 1; column <= COMMENT; column += 1) {
        const editable = row > 1 && column >= ANSWER;
        expect(sheet.getCell(row, column).protection?.locked === false, `row ${row} column ${column}`).toBe(
          editable,
        );
      }
    }
    // exceljs reads the protection back but does not declare it.
    const { sheetProtection } = sheet as Worksheet & { sheetProtection: Record<string, unknown> };
    expect(sheetProtection).toMatchObject({ sheet: true, formatCells: true, formatColumns: true });
    expect(sheetProtection).not.toHaveProperty('insertRows', true);
    expect(sheetProtection).not.toHaveProperty('deleteRows', true);
  });

  it('offers drop-downs for yes-no and maturity answers and a date rule for dates', async () => {
    const sheet = questionnaireSheet(await open(await exportFor()));
    expect(sheet.getCell(rows.policy, ANSWER).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"yes,partial,no,n.a."'],
    });
    expect(sheet.getCell(rows.patching, ANSWER).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"0,1,2,3,4,n.a."'],
    });
    expect(sheet.getCell(rows.auditDate, ANSWER).dataValidation).toMatchObject({ type: 'date' });
    expect(sheet.getCell(rows.stateLinks, 6).value).toBe('Concern 0–4');
  });

  it('explains who asks, about what and when it is due, and hides the control sheet', async () => {
    const workbook = await open(await exportFor());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Instructions',
      'Questionnaire',
      CONTROL_SHEET,
    ]);
    const instructions = JSON.stringify(workbook.getWorksheet('Instructions')?.getSheetValues());
    for (const expected of ['Example Telecom', 'Nordic Radio', 'Supplier checks', '2026.1', '2026-09-30']) {
      expect(instructions).toContain(expected);
    }
    expect(workbook.getWorksheet(CONTROL_SHEET)?.state).toBe('veryHidden');
  });
});

describe('questionnaire rejections', () => {
  it('refuses a file exported for another assessment, naming it', async () => {
    const other = { ...assessment, id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', revision: 2 };
    const result = await read(await exportFor(other));
    expect(problemsOf(result)).toEqual([
      {
        message: 'questionnaire.problems.otherAssessment',
        params: { subject: 'Nordic Radio', checklist: 'Supplier checks', revision: '2' },
      },
    ]);
  });

  it('refuses a file whose checklist changed since the export', async () => {
    const [first, ...others] = checklist.sections;
    if (!first) throw new Error('no section');
    const edited: Checklist = {
      ...checklist,
      sections: [
        { ...first, items: first.items.map((item) => ({ ...item, text: `${item.text} (v2)` })) },
        ...others,
      ],
    };
    expect(problemsOf(await read(await exportFor(), assessment, edited))).toEqual([
      { message: 'questionnaire.problems.checklistChanged' },
    ]);
    expect(
      problemsOf(await read(await exportFor(), assessment, { ...checklist, version: '2027.1' })),
    ).toEqual([
      {
        message: 'questionnaire.problems.otherChecklist',
        params: { checklist: 'Supplier checks', version: '2026.1', expected: '2027.1' },
      },
    ]);
  });

  it('names the row whose question text was changed', async () => {
    const bytes = await filled((sheet) => {
      sheet.getCell(rows.escrow, 3).value = 'Is escrow optional?';
      sheet.getCell(rows.policy, ANSWER).value = 'yes';
    });
    expect(problemsOf(await read(bytes))).toEqual([
      { row: rows.escrow, message: 'questionnaire.problems.structureChanged', params: { itemId: 'escrow' } },
    ]);
  });

  it('names the rows out of place when a row is deleted or moved', async () => {
    const deleted = await filled((sheet) => sheet.spliceRows(rows.escrow, 1));
    expect(problemsOf(await read(deleted)).map((problem) => [problem.row, problem.message])).toEqual([
      [rows.escrow, 'questionnaire.problems.structureChanged'],
      [rows.auditDate, 'questionnaire.problems.structureChanged'],
    ]);

    const moved = await filled((sheet) => {
      const [policy, stateLinks] = [sheet.getRow(rows.policy).values, sheet.getRow(rows.stateLinks).values];
      sheet.getRow(rows.policy).values = stateLinks;
      sheet.getRow(rows.stateLinks).values = policy;
    });
    expect(problemsOf(await read(moved)).map((problem) => problem.row)).toEqual([
      rows.policy,
      rows.stateLinks,
    ]);
  });

  it('refuses rows added after the last item', async () => {
    const bytes = await filled((sheet) => {
      sheet.getCell(rows.auditDate + 1, 1).value = 'extra';
    });
    expect(problemsOf(await read(bytes))).toEqual([
      { row: rows.auditDate + 1, message: 'questionnaire.problems.extraRow' },
    ]);
  });

  it('names every row with an invalid answer, with the column and the value written', async () => {
    const bytes = await filled((sheet) => {
      sheet.getCell(rows.policy, ANSWER).value = 'maybe';
      sheet.getCell(rows.patching, ANSWER).value = 7;
      sheet.getCell(rows.auditDate, ANSWER).value = 'next spring';
      sheet.getCell(rows.escrow, COMMENT).value = 'x'.repeat(20_001);
    });
    expect(problemsOf(await read(bytes))).toEqual([
      {
        row: rows.policy,
        column: 'Answer',
        value: 'maybe',
        message: 'questionnaire.problems.yesNo',
        params: { allowed: 'yes, partial, no, n.a.' },
      },
      {
        row: rows.patching,
        column: 'Answer',
        value: '7',
        message: 'questionnaire.problems.maturity',
        params: { na: 'n.a.' },
      },
      {
        row: rows.escrow,
        column: 'Comment',
        message: 'questionnaire.problems.tooLong',
        params: { max: 20_000 },
      },
      { row: rows.auditDate, column: 'Answer', value: 'next spring', message: 'questionnaire.problems.date' },
    ]);
  });

  it('refuses a file that is not XLSX, or a workbook without the control sheet', async () => {
    const csv = new TextEncoder().encode('Item,Answer\npolicy,yes\n');
    expect(problemsOf(await read(csv))).toEqual([{ message: 'questionnaire.problems.notXlsx' }]);

    const withoutControl = await filled((_sheet, workbook) => {
      const control = workbook.getWorksheet(CONTROL_SHEET);
      if (control) workbook.removeWorksheet(control.id);
    });
    expect(problemsOf(await read(withoutControl))).toEqual([
      { message: 'questionnaire.problems.notQuestionnaire' },
    ]);

    const zipNotWorkbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    expect(problemsOf(await read(zipNotWorkbook))).toEqual([
      { message: 'questionnaire.problems.unreadable' },
    ]);
  });
});
