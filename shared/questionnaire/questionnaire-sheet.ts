import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import type { Assessment } from '../domain/assessment';
import type { Checklist } from '../domain/checklist';
import { ownValue } from '../domain/own-keys';
import { answerToCell, dropDownChoices, type AnswerWords } from './answer-cells';
import type { QuestionnaireLabels } from './labels';
import {
  answerKind,
  MAX_ANSWER_LENGTH,
  QUESTIONNAIRE_PASSWORD,
  questionnaireColumns,
  type QuestionnaireColumn,
} from './layout';

const widths: Record<QuestionnaireColumn, number> = {
  itemId: 18,
  section: 24,
  question: 60,
  guidance: 70,
  reference: 16,
  answerType: 24,
  answer: 16,
  comment: 50,
};

const wrapped: readonly QuestionnaireColumn[] = ['section', 'question', 'guidance', 'answerType', 'comment'];

const setUpColumns = (sheet: Worksheet, labels: QuestionnaireLabels): void => {
  const columns = Object.entries(questionnaireColumns) as [QuestionnaireColumn, number][];
  sheet.addRow(columns.map(([name]) => labels.headers[name])).font = { bold: true };
  for (const [name, position] of columns) {
    const column = sheet.getColumn(position);
    column.width = widths[name];
    if (wrapped.includes(name)) column.alignment = { wrapText: true, vertical: 'top' };
  }
};

const tooLongRule = (labels: QuestionnaireLabels): DataValidation => ({
  type: 'textLength',
  operator: 'lessThanOrEqual',
  formulae: [MAX_ANSWER_LENGTH],
  allowBlank: true,
  showErrorMessage: true,
  errorTitle: labels.invalid.title,
  error: labels.invalid.tooLong,
});

/**
 * One row per item in checklist order, the current answers prefilled. Only the Answer and Comment cells
 * can be edited: the sheet is protected, allowing formatting and resizing only.
 */
export const addQuestionnaireSheet = async (
  workbook: Workbook,
  {
    checklist,
    assessment,
    labels,
  }: { checklist: Checklist; assessment: Assessment; labels: QuestionnaireLabels },
  words: AnswerWords,
): Promise<void> => {
  const sheet = workbook.addWorksheet(labels.sheets.questionnaire, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  setUpColumns(sheet, labels);

  for (const section of checklist.sections) {
    for (const item of section.items) {
      const current = ownValue(assessment.answers, item.id);
      const row = sheet.addRow([
        item.id,
        section.title,
        item.text,
        item.guidance ?? '',
        item.reference ?? '',
        labels.answerTypes[answerKind(item)],
        answerToCell(item, current?.value, words),
        current?.comment ?? '',
      ]);
      const answer = row.getCell(questionnaireColumns.answer);
      const comment = row.getCell(questionnaireColumns.comment);
      answer.protection = { locked: false };
      comment.protection = { locked: false };
      comment.dataValidation = tooLongRule(labels);

      const choices = dropDownChoices(item, words);
      if (choices) {
        answer.dataValidation = {
          type: 'list',
          formulae: [`"${choices.join(',')}"`],
          allowBlank: true,
          showErrorMessage: true,
          errorTitle: labels.invalid.title,
          error: labels.invalid.choice,
        };
      } else if (item.answerType === 'date') {
        answer.numFmt = 'yyyy-mm-dd';
        answer.dataValidation = {
          type: 'date',
          operator: 'greaterThan',
          formulae: [new Date(Date.UTC(1900, 0, 1))],
          allowBlank: true,
          showErrorMessage: true,
          errorTitle: labels.invalid.title,
          error: labels.invalid.date,
        };
      } else {
        answer.alignment = { wrapText: true, vertical: 'top' };
        answer.dataValidation = tooLongRule(labels);
      }
    }
  }

  await sheet.protect(QUESTIONNAIRE_PASSWORD, {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    // The hash only deters accidental edits; a low spin count keeps the export instant in a browser.
    spinCount: 1000,
  });
};
