import { checklistInEveryLanguage } from '../checklists/localise';
import type { Assessment } from '../domain/assessment';
import type { Checklist } from '../domain/checklist';
import { xmlSafeDeep } from '../domain/xml-text';
import { loadExcelJs } from '../import/libraries';
import { dropDownWords } from './answer-cells';
import { addControlSheet } from './control-sheet';
import { addInstructionsSheet } from './instructions-sheet';
import type { QuestionnaireLabels } from './labels';
import { checklistFingerprint, QUESTIONNAIRE_FORMAT, QUESTIONNAIRE_FORMAT_VERSION } from './layout';
import { addQuestionnaireSheet } from './questionnaire-sheet';

export interface QuestionnaireExport {
  /** The checklist in the language of the file (a built-in localised with localiseChecklist). */
  checklist: Checklist;
  assessment: Assessment;
  /** The vendor, dependency or licence assessed, as the vendor will recognise it. */
  subjectName: string;
  /** The organisation asking, from the user's settings. */
  organisation?: string | undefined;
  labels: QuestionnaireLabels;
}

const shippedItems = (checklist: Checklist) =>
  (checklistInEveryLanguage(checklist)[0] ?? checklist).sections.flatMap((section) => section.items);

/**
 * The XLSX questionnaire a vendor fills: an Instructions sheet, a protected Questionnaire sheet (one row
 * per item, drop-downs for the answers) and a hidden Control sheet that ties the file to the assessment.
 */
export const buildQuestionnaire = async (
  questionnaire: QuestionnaireExport,
): Promise<Uint8Array<ArrayBuffer>> => {
  // Stored text may predate the text schemas' cleaning; a character XML cannot hold would spoil the file.
  const input = xmlSafeDeep(questionnaire);
  const { checklist, assessment, subjectName, labels } = input;
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  const words = dropDownWords(labels.answers);

  addInstructionsSheet(workbook, input);
  await addQuestionnaireSheet(workbook, input, words);
  addControlSheet(workbook, {
    format: QUESTIONNAIRE_FORMAT,
    formatVersion: String(QUESTIONNAIRE_FORMAT_VERSION),
    assessmentId: assessment.id,
    revision: String(assessment.revision),
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    checklistName: checklist.name,
    subjectName,
    questionnaireSheet: labels.sheets.questionnaire,
    // Of the checklist as shipped, whatever the file's language: the same file structure is recognised
    // when it comes back to an app speaking another language, and files exported before stay valid.
    fingerprint: await checklistFingerprint(shippedItems(checklist)),
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
