import type { Answer, Assessment, Conclusion } from './assessment';
import { ownValue } from './own-keys';

export type AnswerChangeKind = 'answered' | 'cleared' | 'changed';
export type AnswerField = 'value' | 'comment' | 'evidence';

export interface AnswerChange {
  itemId: string;
  kind: AnswerChangeKind;
  /** Which parts changed; who answered and when are not changes of substance. */
  fields: AnswerField[];
  before?: Answer;
  after?: Answer;
}

export interface RevisionDiff {
  answers: AnswerChange[];
  conclusion?: { before: Conclusion | undefined; after: Conclusion | undefined };
}

type Revision = Pick<Assessment, 'answers' | 'conclusion'>;

const emptyAnswer: Answer = { value: null, evidenceIds: [] };

/** An answer with no value, no comment and no evidence says nothing: it counts as no answer. */
const isEmpty = (answer: Answer | undefined): boolean =>
  !answer || (answer.value === null && !answer.comment && answer.evidenceIds.length === 0);

const sameEvidence = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));

const changedFields = (before: Answer, after: Answer): AnswerField[] => [
  ...(before.value !== after.value ? (['value'] as const) : []),
  ...((before.comment ?? '') !== (after.comment ?? '') ? (['comment'] as const) : []),
  ...(!sameEvidence(before.evidenceIds, after.evidenceIds) ? (['evidence'] as const) : []),
];

/**
 * What changed from one revision of an assessment to the next: per item, whether it was answered, cleared
 * or changed (value, comment, evidence), and the conclusion. Items come in the order given (the
 * checklist's), then any other answered item in id order, so the history reads like the checklist.
 */
export const diffRevisions = (
  previous: Revision,
  current: Revision,
  itemOrder: readonly string[] = [],
): RevisionDiff => {
  const ids = new Set([
    ...itemOrder,
    ...[...Object.keys(previous.answers), ...Object.keys(current.answers)].sort(),
  ]);
  const answers: AnswerChange[] = [];
  for (const itemId of ids) {
    const before = ownValue(previous.answers, itemId);
    const after = ownValue(current.answers, itemId);
    if (isEmpty(before) && isEmpty(after)) continue;
    if (isEmpty(before) && after) {
      answers.push({ itemId, kind: 'answered', fields: changedFields(emptyAnswer, after), after });
    } else if (before && isEmpty(after)) {
      answers.push({ itemId, kind: 'cleared', fields: changedFields(before, emptyAnswer), before });
    } else if (before && after) {
      const fields = changedFields(before, after);
      if (fields.length > 0) answers.push({ itemId, kind: 'changed', fields, before, after });
    }
  }
  return {
    answers,
    ...(previous.conclusion !== current.conclusion
      ? { conclusion: { before: previous.conclusion, after: current.conclusion } }
      : {}),
  };
};
