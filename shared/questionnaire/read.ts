import type { Worksheet } from 'exceljs';
import { checklistInEveryLanguage } from '../checklists/localise';
import type { Answer, AnswerValue, Assessment } from '../domain/assessment';
import type { Checklist, ChecklistItem } from '../domain/checklist';
import type { ReportProgress } from '../files/worker-protocol';
import { quoteValue, type ImportProblem } from '../import/problems';
import { isZip } from '../import/read-file';
import { cellText, loadWorkbook } from '../import/read-xlsx';
import { parseAnswer, type AppAnswerWords } from './answer-cells';
import { readControlSheet } from './control-sheet';
import {
  checklistFingerprint,
  FIRST_ITEM_ROW,
  MAX_ANSWER_LENGTH,
  QUESTIONNAIRE_FORMAT,
  QUESTIONNAIRE_FORMAT_VERSION,
  questionnaireColumns,
  questionnaireLimits,
  type QuestionnaireControl,
} from './layout';
import type { MessageKey } from '../messages/message-key';

/** An answer the vendor gave that differs from the assessment's, awaiting the assessor's acceptance. */
export interface ProposedAnswer {
  itemId: string;
  /** The row as the spreadsheet numbers it. */
  row: number;
  value: AnswerValue;
  comment: string | undefined;
  current: Answer | undefined;
}

export type QuestionnaireReadResult =
  { ok: true; answers: ProposedAnswer[] } | { ok: false; problems: ImportProblem[] };

const refuse = (message: MessageKey, params?: ImportProblem['params']): QuestionnaireReadResult => ({
  ok: false,
  problems: [{ message, ...(params && { params }) }],
});

/** Why the file cannot be for this assessment, if it cannot. */
const controlProblem = async (
  control: QuestionnaireControl | undefined,
  checklist: Checklist,
  assessment: Assessment,
  items: readonly ChecklistItem[],
): Promise<QuestionnaireReadResult | undefined> => {
  if (
    control?.format !== QUESTIONNAIRE_FORMAT ||
    control.formatVersion !== String(QUESTIONNAIRE_FORMAT_VERSION)
  )
    return refuse('questionnaire.problems.notQuestionnaire');
  if (control.assessmentId !== assessment.id)
    return refuse('questionnaire.problems.otherAssessment', {
      subject: control.subjectName,
      checklist: control.checklistName,
      revision: control.revision,
    });
  if (control.checklistId !== checklist.id || control.checklistVersion !== checklist.version)
    return refuse('questionnaire.problems.otherChecklist', {
      checklist: control.checklistName,
      version: control.checklistVersion,
      expected: checklist.version,
    });
  if (control.fingerprint !== (await checklistFingerprint(items)))
    return refuse('questionnaire.problems.checklistChanged');
  return undefined;
};

const text = (sheet: Worksheet, row: number, column: number): string =>
  cellText(sheet.getRow(row).getCell(column).value);

const sameAnswer = (value: AnswerValue, comment: string | undefined, current: Answer | undefined): boolean =>
  value === (current?.value ?? null) && comment === current?.comment;

interface RowRead {
  proposal?: ProposedAnswer;
  problems: ImportProblem[];
}

/** One item's row: in its place, with an answer valid for the item's type and a comment within bounds. */
const readItemRow = (
  sheet: Worksheet,
  row: number,
  item: ChecklistItem,
  questions: readonly string[],
  assessment: Assessment,
  words: AppAnswerWords,
): RowRead => {
  const { itemId, question, answer, comment } = questionnaireColumns;
  if (text(sheet, row, itemId).trim() !== item.id || !questions.includes(text(sheet, row, question)))
    return {
      problems: [{ row, message: 'questionnaire.problems.structureChanged', params: { itemId: item.id } }],
    };

  const problems: ImportProblem[] = [];
  const answerCell = text(sheet, row, answer);
  const parsed = parseAnswer(item, answerCell, words);
  if (!('value' in parsed))
    problems.push({ row, column: text(sheet, 1, answer), value: quoteValue(answerCell.trim()), ...parsed });

  const typedComment = text(sheet, row, comment).trim();
  if (typedComment.length > MAX_ANSWER_LENGTH)
    problems.push({
      row,
      column: text(sheet, 1, comment),
      message: 'questionnaire.problems.tooLong',
      params: { max: MAX_ANSWER_LENGTH },
    });
  if (problems.length > 0 || !('value' in parsed)) return { problems };

  const value = parsed.value;
  const current = assessment.answers[item.id];
  const commentValue = typedComment === '' ? undefined : typedComment;
  if (sameAnswer(value, commentValue, current)) return { problems };
  return { problems, proposal: { itemId: item.id, row, value, comment: commentValue, current } };
};

/** Filled rows after the last item: the vendor added rows, which the assessment has no item for. */
const extraRows = (sheet: Worksheet, lastRow: number): ImportProblem[] => {
  const problems: ImportProblem[] = [];
  sheet.eachRow((row, number) => {
    const values = Array.isArray(row.values) ? row.values : [];
    if (number > lastRow && values.some((value) => cellText(value).trim() !== ''))
      problems.push({ row: number, message: 'questionnaire.problems.extraRow' });
  });
  return problems;
};

export interface QuestionnaireReadOptions {
  checklist: Checklist;
  assessment: Assessment;
  /** The app's answer words, never the file's: a returned file cannot change what an answer means. */
  words: AppAnswerWords;
}

/**
 * Reads a filled questionnaire back: the answers that differ from the assessment's, to be accepted item by
 * item. A file for another assessment or checklist, a changed structure or an invalid answer refuses the
 * whole file, with every problem found and its row; so does a workbook past questionnaireLimits, before
 * any sheet is walked. It never throws.
 */
export const readQuestionnaire = async (
  bytes: Uint8Array,
  { checklist, assessment, words }: QuestionnaireReadOptions,
  progress?: ReportProgress,
): Promise<QuestionnaireReadResult> => {
  if (!isZip(bytes)) return refuse('questionnaire.problems.notXlsx');
  // A built-in is exported in the language of the app that wrote the file: its question is read in any of
  // them. The fingerprint is of the checklist as shipped, whatever the language (see buildQuestionnaire).
  const wordings = checklistInEveryLanguage(checklist).map((wording) =>
    wording.sections.flatMap((section) => section.items),
  );
  const items = wordings[0] ?? [];
  const loaded = await loadWorkbook(bytes, questionnaireLimits(items.length), progress);
  if (!loaded.ok)
    return { ok: false, problems: [loaded.problem ?? { message: 'questionnaire.problems.unreadable' }] };
  const { workbook } = loaded;

  const control = readControlSheet(workbook);
  const refused = await controlProblem(control, checklist, assessment, items);
  if (refused || !control) return refused ?? refuse('questionnaire.problems.notQuestionnaire');

  const sheet = workbook.getWorksheet(control.questionnaireSheet);
  if (!sheet) return refuse('questionnaire.problems.missingSheet', { sheet: control.questionnaireSheet });

  const reads = items.map((item, index) =>
    readItemRow(
      sheet,
      FIRST_ITEM_ROW + index,
      item,
      wordings.map((wording) => wording[index]?.text ?? item.text),
      assessment,
      words,
    ),
  );
  const problems = [
    ...reads.flatMap((read) => read.problems),
    ...extraRows(sheet, FIRST_ITEM_ROW + items.length - 1),
  ];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, answers: reads.flatMap((read) => (read.proposal ? [read.proposal] : [])) };
};
