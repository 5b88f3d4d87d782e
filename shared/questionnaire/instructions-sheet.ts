import type { Workbook } from 'exceljs';
import type { Assessment } from '../domain/assessment';
import type { Checklist } from '../domain/checklist';
import type { QuestionnaireAnswerKind, QuestionnaireLabels } from './labels';

const legendKinds: readonly QuestionnaireAnswerKind[] = [
  'yes-no',
  'maturity',
  'maturityConcern',
  'text',
  'date',
];

export interface InstructionsInput {
  checklist: Checklist;
  assessment: Assessment;
  subjectName: string;
  organisation?: string | undefined;
  labels: QuestionnaireLabels;
}

/** The first sheet: what the file is, who asks, about what, how to answer and what each answer means. */
export const addInstructionsSheet = (workbook: Workbook, input: InstructionsInput): void => {
  const { checklist, assessment, subjectName, organisation, labels } = input;
  const text = labels.instructions;
  const sheet = workbook.addWorksheet(labels.sheets.instructions);
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 100;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const heading = (title: string): void => {
    sheet.addRow([]);
    sheet.addRow([title]).font = { bold: true, size: 12 };
  };

  sheet.addRow([text.title]).font = { bold: true, size: 14 };
  sheet.addRow(['', text.intro]);
  sheet.addRow([]);
  if (organisation) sheet.addRow([text.requestedBy, organisation]);
  sheet.addRow([text.subject, subjectName]);
  sheet.addRow([text.checklist, checklist.name]);
  sheet.addRow([text.version, checklist.version]);
  if (assessment.dueDate) sheet.addRow([text.dueDate, assessment.dueDate]);

  heading(text.howToTitle);
  text.howTo.forEach((step, index) => sheet.addRow([String(index + 1), step]));

  heading(text.legendTitle);
  for (const kind of legendKinds) sheet.addRow([labels.answerTypes[kind], text.legend[kind]]);
};
