import { Refusal } from '@shared/messages/refusal';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  answerFitsItem,
  answerSchema,
  assessmentSchema,
  ownValue,
  withOwnValue,
  type Answer,
  type AnswerValue,
  type Assessment,
  type AssessmentSubject,
  type Checklist,
  type ChecklistItem,
} from '@shared/domain';
import type { TableName } from '../db/database';
import { audited, type AuditedTransaction } from './audited';
import { getAssessedChecklist, getChecklist } from './checklists';
import { workspace } from './database';
import { putRecord } from './records';
import { sharedLiveQuery } from './sharedLiveQuery';

/** Every assessment, every revision, live and shared (lists, Dashboard, subject pages). */
export const useAssessments: () => Assessment[] | undefined = sharedLiveQuery(() =>
  workspace().assessments.toArray(),
);

export const useAssessment = (id: string | undefined): Assessment | null | undefined =>
  useLiveQuery(async () => (id ? ((await workspace().assessments.get(id)) ?? null) : null), [id]);

/** An assessment as it is stored now; refuses when it was deleted since the screen showed it. */
export const getAssessment = async (id: string): Promise<Assessment> => {
  const assessment = await workspace().assessments.get(id);
  if (!assessment) throw new Refusal('assessments.errors.notFound');
  return assessment;
};

/** Every assessment of one vendor, dependency or licence, every revision, live. */
export const useSubjectAssessments = ({ type, id }: AssessmentSubject): Assessment[] | undefined =>
  useLiveQuery(
    () => workspace().assessments.where('[subject.type+subject.id]').equals([type, id]).toArray(),
    [type, id],
  );

const subjectTableName = {
  vendor: 'vendors',
  dependency: 'dependencies',
  licence: 'licences',
} as const satisfies Record<AssessmentSubject['type'], TableName>;

/**
 * The checklist the assessment was answered against (its id and version), built-in or own; refuses when it
 * was deleted since, or is a built-in version this app never shipped.
 */
export const checklistOf = async (
  assessment: Pick<Assessment, 'checklistId' | 'checklistVersion'>,
): Promise<Checklist> => {
  const checklist = await getAssessedChecklist(assessment);
  if (!checklist) throw new Refusal('assessments.errors.checklistNotFound');
  return checklist;
};

/** Starts a draft assessment of a vendor, a dependency or a licence against a checklist made for its kind. */
export const startAssessment = async (input: {
  checklistId: string;
  subject: AssessmentSubject;
  dueDate?: string;
}): Promise<Assessment> => {
  // A new assessment is made against the checklist as it is now: a built-in's current version.
  const checklist = await getChecklist(input.checklistId);
  if (!checklist) throw new Refusal('assessments.errors.checklistNotFound');
  if (checklist.subjectType !== input.subject.type) throw new Refusal('assessments.errors.wrongSubjectType');
  return audited(['assessments', subjectTableName[input.subject.type]], async (tx) => {
    if (!(await tx.db.table(subjectTableName[input.subject.type]).get(input.subject.id)))
      throw new Refusal('assessments.errors.subjectNotFound');
    return putRecord(tx, 'assessments', assessmentSchema, {
      checklistId: checklist.id,
      checklistVersion: checklist.version,
      subject: input.subject,
      status: 'draft',
      answers: {},
      revision: 1,
      ...(input.dueDate ? { dueDate: input.dueDate } : {}),
    });
  });
};

/** What may change in one answer: its value, its comment (an empty comment removes it). */
export interface AnswerPatch {
  value?: AnswerValue;
  comment?: string;
}

export const itemsOf = (checklist: Pick<Checklist, 'sections'>): Map<string, ChecklistItem> =>
  new Map(checklist.sections.flatMap((section) => section.items.map((item) => [item.id, item])));

/** Blank text is no answer and no comment: clearing a field clears the answer, not stores spaces. */
const normalise = (patch: AnswerPatch): AnswerPatch => ({
  ...(patch.value !== undefined
    ? { value: typeof patch.value === 'string' && patch.value.trim() === '' ? null : patch.value }
    : {}),
  ...(patch.comment !== undefined ? { comment: patch.comment } : {}),
});

const sameAnswer = (a: Answer | undefined, b: Answer): boolean =>
  (a?.value ?? null) === b.value &&
  (a?.comment ?? '') === (b.comment ?? '') &&
  (a?.evidenceIds ?? []).join() === b.evidenceIds.join();

/**
 * Runs `change` on a draft or in-review assessment inside one audited transaction with the checklists; an
 * approved assessment is locked and refuses every change.
 */
export const changeUnlocked = <T>(
  assessmentId: string,
  extraTables: ReadonlyArray<TableName>,
  change: (tx: AuditedTransaction, assessment: Assessment) => Promise<T>,
): Promise<T> =>
  audited(['assessments', 'checklists', ...extraTables], async (tx) => {
    const assessment = await tx.db.assessments.get(assessmentId);
    if (!assessment) throw new Refusal('assessments.errors.notFound');
    if (assessment.status === 'approved') throw new Refusal('assessments.errors.locked');
    return change(tx, assessment);
  });

/**
 * Writes answers to items of the assessment's checklist, stamped with who answered and when. Each value
 * must fit its item's type (nothing is written otherwise); unchanged answers are skipped. One audit event
 * records the changed answers, field `answers.<itemId>`, so the trail stays small on a 400-item checklist.
 */
export const recordAnswers = (
  assessmentId: string,
  patches: Readonly<Record<string, AnswerPatch>>,
): Promise<Assessment> =>
  changeUnlocked(assessmentId, [], async (tx, assessment) => {
    const items = itemsOf(await checklistOf(assessment));
    const now = new Date().toISOString();
    let answers = assessment.answers;
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [itemId, rawPatch] of Object.entries(patches)) {
      const item = items.get(itemId);
      if (!item) throw new Refusal('assessments.errors.unknownItem', { itemId });
      const patch = normalise(rawPatch);
      if (patch.value !== undefined && !answerFitsItem(item, patch.value))
        throw new Refusal('assessments.errors.invalidAnswer', { itemId });
      const before = ownValue(answers, itemId);
      const after = answerSchema.parse({
        ...(before ?? { value: null, evidenceIds: [] }),
        ...patch,
        ...(patch.comment === '' ? { comment: undefined } : {}),
        answeredBy: tx.actor || undefined,
        answeredAt: now,
      });
      if (sameAnswer(before, after)) continue;
      answers = withOwnValue(answers, itemId, after);
      changes[`answers.${itemId}`] = [before ?? null, after];
    }
    if (Object.keys(changes).length === 0) return assessment;
    const updated: Assessment = { ...assessment, answers, updatedAt: now };
    await tx.db.assessments.put(updated);
    tx.record({ table: 'assessments', recordId: assessment.id, action: 'update', changes });
    return updated;
  });

/**
 * Every revision of the assessment's line, oldest first: back through `previousId`, then forward through
 * the revisions reopened from it. Live, so reopening shows the new revision at once.
 */
export const useRevisions = (assessmentId: string | undefined): Assessment[] | undefined =>
  useLiveQuery(async () => {
    const db = workspace();
    const current = assessmentId ? await db.assessments.get(assessmentId) : undefined;
    if (!current) return [];
    const line = [current];
    for (let previous = current.previousId; previous;) {
      const record = await db.assessments.get(previous);
      if (!record || line.includes(record)) break;
      line.unshift(record);
      previous = record.previousId;
    }
    for (let next = await db.assessments.where('previousId').equals(current.id).first(); next;) {
      line.push(next);
      next = await db.assessments.where('previousId').equals(next.id).first();
    }
    return line;
  }, [assessmentId]);
