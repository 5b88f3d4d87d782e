import type { ChecklistItem } from '../domain/checklist';
import { sha256Hex } from '../domain/evidence-rules';
import type { XlsxLimits } from '../files/xlsx-guard';
import { WORKBOOK_ZIP_LIMITS } from '../files/zip-limits';
import type { QuestionnaireAnswerKind } from './labels';

/** Written in the control sheet so the import recognises a questionnaire exported by this app. */
export const QUESTIONNAIRE_FORMAT = 'diligence-workbench/questionnaire';
export const QUESTIONNAIRE_FORMAT_VERSION = 1;

/** The hidden sheet holding what the import checks the file against; never translated. */
export const CONTROL_SHEET = 'Control';

/**
 * Not a secret (the app is open source): the protection keeps a vendor from changing the structure by
 * accident, and the import checks the structure whatever a file claims.
 */
export const QUESTIONNAIRE_PASSWORD = 'diligence-workbench-questionnaire';

/** The questionnaire sheet's columns, 1-based as exceljs numbers them. */
export const questionnaireColumns = {
  itemId: 1,
  section: 2,
  question: 3,
  guidance: 4,
  reference: 5,
  answerType: 6,
  answer: 7,
  comment: 8,
} as const;
export type QuestionnaireColumn = keyof typeof questionnaireColumns;

/** Row 1 holds the headers; item n of the checklist (0-based) is on row n + 2. */
export const FIRST_ITEM_ROW = 2;

/** The longest answer or comment the assessment schema accepts. */
export const MAX_ANSWER_LENGTH = 20_000;

export const answerKind = (item: ChecklistItem): QuestionnaireAnswerKind =>
  item.answerType === 'maturity' && item.higherIsWorse ? 'maturityConcern' : item.answerType;

/** What the control sheet records about the export. */
export interface QuestionnaireControl {
  format: string;
  formatVersion: string;
  assessmentId: string;
  revision: string;
  checklistId: string;
  checklistVersion: string;
  checklistName: string;
  subjectName: string;
  questionnaireSheet: string;
  fingerprint: string;
}

/** Rows a returned file may have past its items (the instructions sheet has about 25 rows). */
const ROW_MARGIN = 100;

/**
 * What a returned questionnaire may hold, in every sheet: the checklist's items and a margin of rows, and
 * the eight columns with a margin (the sheet is protected: a vendor cannot add rows or columns).
 */
export const questionnaireLimits = (itemCount: number): XlsxLimits => ({
  ...WORKBOOK_ZIP_LIMITS,
  maxRows: FIRST_ITEM_ROW + itemCount + ROW_MARGIN,
  maxColumns: 26,
});

/**
 * SHA-256 of the item ids and texts in checklist order: a file whose checklist was edited since the export
 * (an own checklist whose version was not raised) no longer matches.
 */
export const checklistFingerprint = (items: readonly ChecklistItem[]): Promise<string> =>
  sha256Hex(new TextEncoder().encode(JSON.stringify(items.map((item) => [item.id, item.text]))));
