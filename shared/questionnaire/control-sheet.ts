import type { Workbook } from 'exceljs';
import { cellText } from '../import/read-xlsx';
import { CONTROL_SHEET, type QuestionnaireControl } from './layout';

type ControlKey = keyof QuestionnaireControl;

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

/** A veryHidden sheet (not even listed by "Unhide") of key/value rows the import checks the file against. */
export const addControlSheet = (workbook: Workbook, control: QuestionnaireControl): void => {
  const sheet = workbook.addWorksheet(CONTROL_SHEET, { state: 'veryHidden' });
  for (const key of controlKeys) sheet.addRow([key, control[key]]);
};

/**
 * The control sheet's values; undefined when the sheet or any key is missing. Other rows are ignored: older
 * files also carry their answer words, which the import does not trust (a file could redefine "yes" as
 * "no"); answers are read with the app's own words.
 */
export const readControlSheet = (workbook: Workbook): QuestionnaireControl | undefined => {
  const sheet = workbook.getWorksheet(CONTROL_SHEET);
  if (!sheet) return undefined;
  const values = new Map<string, string>();
  sheet.eachRow((row) => values.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)));
  const read = (key: string): string | undefined => values.get(key);
  const entries = controlKeys.map((key) => [key, read(key)] as const);
  const complete = entries.filter((entry): entry is readonly [ControlKey, string] => entry[1] !== undefined);
  if (complete.length < entries.length) return undefined;
  return Object.fromEntries(complete) as Record<ControlKey, string>;
};
