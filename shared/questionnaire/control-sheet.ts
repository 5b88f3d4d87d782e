import type { Workbook } from 'exceljs';
import { cellText } from '../import/read-xlsx';
import { yesNoValues } from '../domain/assessment';
import { CONTROL_SHEET, type QuestionnaireControl } from './layout';

type ControlKey = Exclude<keyof QuestionnaireControl, 'answers'>;

const controlKeys: readonly ControlKey[] = [
  'format',
  'formatVersion',
  'assessmentId',
  'revision',
  'checklistId',
  'checklistVersion',
  'checklistName',
  'subjectName',
  'questionnaireSheet',
  'fingerprint',
];

const answerKey = (value: string): string => `answer.${value}`;

/** A veryHidden sheet (not even listed by "Unhide") of key/value rows the import checks the file against. */
export const addControlSheet = (workbook: Workbook, control: QuestionnaireControl): void => {
  const sheet = workbook.addWorksheet(CONTROL_SHEET, { state: 'veryHidden' });
  for (const key of controlKeys) sheet.addRow([key, control[key]]);
  for (const value of yesNoValues) sheet.addRow([answerKey(value), control.answers[value]]);
};

/** The control sheet's values; undefined when the sheet or any key is missing. */
export const readControlSheet = (workbook: Workbook): QuestionnaireControl | undefined => {
  const sheet = workbook.getWorksheet(CONTROL_SHEET);
  if (!sheet) return undefined;
  const values = new Map<string, string>();
  sheet.eachRow((row) => values.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)));
  const read = (key: string): string | undefined => values.get(key);
  const entries = controlKeys.map((key) => [key, read(key)] as const);
  const answers = yesNoValues.map((value) => [value, read(answerKey(value))] as const);
  if ([...entries, ...answers].some(([, value]) => value === undefined)) return undefined;
  return {
    ...(Object.fromEntries(entries) as Record<ControlKey, string>),
    answers: Object.fromEntries(answers) as QuestionnaireControl['answers'],
  };
};
