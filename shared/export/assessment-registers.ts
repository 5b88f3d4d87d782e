import {
  ownValue,
  scoreAssessment,
  yesNoValues,
  type Answer,
  type Assessment,
  type AssessmentScore,
  type ChecklistItem,
  type YesNoValue,
} from '../domain';
import type { RegisterContext } from './context';
import type { RegisterLabels } from './labels';
import { column, day, optional, tabulate, type RegisterTable } from './register-table';

interface AssessmentRow {
  assessment: Assessment;
  checklistName: string;
  /** Null when the checklist is gone: nothing to score against. */
  score: AssessmentScore['overall'] | null;
}

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

const assessmentColumns = [
  column<AssessmentRow>(
    'subjectType',
    12,
    ({ assessment }, { labels }) => labels.subjectType[assessment.subject.type],
  ),
  column<AssessmentRow>('subject', 28, ({ assessment }, context) => context.subjectName(assessment.subject)),
  column<AssessmentRow>('checklist', 34, ({ checklistName }) => checklistName),
  column<AssessmentRow>('checklistVersion', 10, ({ assessment }) => assessment.checklistVersion),
  column<AssessmentRow>('revision', 9, ({ assessment }) => assessment.revision),
  column<AssessmentRow>('latest', 9, ({ assessment }, context) =>
    context.yesNo(context.isLatest(assessment.id)),
  ),
  column<AssessmentRow>(
    'status',
    12,
    ({ assessment }, { labels }) => labels.assessmentStatus[assessment.status],
  ),
  column<AssessmentRow>('conclusion', 14, ({ assessment }, { labels }) =>
    assessment.conclusion ? labels.conclusion[assessment.conclusion] : null,
  ),
  column<AssessmentRow>('completion', 12, ({ score }) => (score ? oneDecimal(100 * score.completion) : null)),
  column<AssessmentRow>('score', 10, ({ score }) =>
    typeof score?.score === 'number' ? oneDecimal(score.score) : null,
  ),
  column<AssessmentRow>('answered', 10, ({ score }) => score?.answered ?? null),
  column<AssessmentRow>('items', 8, ({ score }) => score?.total ?? null),
  column<AssessmentRow>('dueDate', 12, ({ assessment }) => day(assessment.dueDate)),
  column<AssessmentRow>('reviewer', 18, ({ assessment }) => optional(assessment.reviewer)),
  column<AssessmentRow>('approvedBy', 18, ({ assessment }) => optional(assessment.approvedBy)),
  column<AssessmentRow>('approvedAt', 12, ({ assessment }) => day(assessment.approvedAt)),
  column<AssessmentRow>('nextReviewDate', 12, ({ assessment }) => day(assessment.nextReviewDate)),
];

interface AnswerRow {
  assessment: Assessment;
  checklistName: string;
  sectionTitle: string | null;
  itemId: string;
  item: ChecklistItem | undefined;
  answer: Answer;
}

const isYesNo = (value: unknown): value is YesNoValue => yesNoValues.some((known) => known === value);

const answerValue = (answer: Answer, labels: RegisterLabels): string | number | null =>
  isYesNo(answer.value) ? labels.answer[answer.value] : answer.value;

const answerColumns = [
  column<AnswerRow>('subject', 28, ({ assessment }, context) => context.subjectName(assessment.subject)),
  column<AnswerRow>('checklist', 34, ({ checklistName }) => checklistName),
  column<AnswerRow>('revision', 9, ({ assessment }) => assessment.revision),
  column<AnswerRow>('section', 26, ({ sectionTitle }) => sectionTitle),
  column<AnswerRow>('item', 60, ({ item, itemId }) => item?.text ?? itemId),
  column<AnswerRow>('reference', 16, ({ item }) => optional(item?.reference)),
  column<AnswerRow>('value', 14, ({ answer }, { labels }) => answerValue(answer, labels)),
  column<AnswerRow>('comment', 40, ({ answer }) => optional(answer.comment)),
  column<AnswerRow>('evidenceCount', 10, ({ answer }) => answer.evidenceIds.length),
  column<AnswerRow>('answeredBy', 18, ({ answer }) => optional(answer.answeredBy)),
  column<AnswerRow>('answeredAt', 12, ({ answer }) => day(answer.answeredAt)),
];

const checklistName = (assessment: Assessment, context: RegisterContext): string =>
  context.checklist(assessment)?.name ?? assessment.checklistId;

const assessmentRows = (context: RegisterContext): AssessmentRow[] =>
  context.records.assessments.map((assessment) => {
    const checklist = context.checklist(assessment);
    return {
      assessment,
      checklistName: checklistName(assessment, context),
      score: checklist ? scoreAssessment(checklist, assessment.answers).overall : null,
    };
  });

/**
 * The answers of one assessment in checklist order; answers to items the checklist no longer has follow,
 * named by their item id, so nothing recorded is left out.
 */
const answersOf = (assessment: Assessment, context: RegisterContext): AnswerRow[] => {
  const sections = context.checklist(assessment)?.sections ?? [];
  const name = checklistName(assessment, context);
  const row = (itemId: string, answer: Answer, sectionTitle: string | null, item?: ChecklistItem) => ({
    assessment,
    checklistName: name,
    sectionTitle,
    itemId,
    item,
    answer,
  });
  const known = new Set<string>();
  const rows: AnswerRow[] = [];
  for (const section of sections) {
    for (const item of section.items) {
      const answer = ownValue(assessment.answers, item.id);
      known.add(item.id);
      if (answer) rows.push(row(item.id, answer, section.title, item));
    }
  }
  for (const [itemId, answer] of Object.entries(assessment.answers)) {
    if (!known.has(itemId)) rows.push(row(itemId, answer, null));
  }
  return rows;
};

/** Every revision, latest and earlier, one row each: a board may ask how a verdict changed. */
export const assessmentRegister = (context: RegisterContext): RegisterTable =>
  tabulate('assessments', assessmentRows(context), assessmentColumns, context);

export const answerRegister = (context: RegisterContext): RegisterTable =>
  tabulate(
    'answers',
    context.records.assessments.flatMap((assessment) => answersOf(assessment, context)),
    answerColumns,
    context,
  );
