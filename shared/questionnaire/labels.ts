import type { YesNoValue } from '../domain/assessment';

/** How an item is answered in the file: maturity items rated as a concern get their own wording. */
export type QuestionnaireAnswerKind = 'yes-no' | 'maturity' | 'maturityConcern' | 'text' | 'date';

/**
 * The words of a questionnaire file, in the language of the user who exports it. The import reads answers
 * with the app's words in every language it speaks, so a file comes back whatever language the importer
 * uses; the file itself never defines what an answer means.
 */
export interface QuestionnaireLabels {
  sheets: { instructions: string; questionnaire: string };
  headers: {
    itemId: string;
    section: string;
    question: string;
    guidance: string;
    reference: string;
    answerType: string;
    answer: string;
    comment: string;
  };
  /** The answer words offered in the drop-downs; `na` also marks a maturity item not applicable. */
  answers: Record<YesNoValue, string>;
  /** The short description of each kind of answer, in the "answer type" column. */
  answerTypes: Record<QuestionnaireAnswerKind, string>;
  instructions: {
    title: string;
    intro: string;
    requestedBy: string;
    subject: string;
    checklist: string;
    version: string;
    dueDate: string;
    howToTitle: string;
    howTo: readonly string[];
    legendTitle: string;
    /** How to answer each kind of item, with the meaning of every value. */
    legend: Record<QuestionnaireAnswerKind, string>;
  };
  /** The messages a spreadsheet shows when a typed answer breaks the cell's rule. */
  invalid: { title: string; choice: string; date: string; tooLong: string };
}
