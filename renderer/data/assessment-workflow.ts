import { Refusal } from '@shared/messages/refusal';
import {
  assessmentSchema,
  isIsoDate,
  selfApprovalOf,
  sovereigntyRatingChanges,
  vendorSchema,
  type Assessment,
  type Conclusion,
} from '@shared/domain';
import { diffRecords } from './audit';
import { audited, type AuditedTransaction } from './audited';
import { changeUnlocked } from './assessments';
import { localToday } from '@shared/domain';
import { proposeAssessmentReview } from './review-cycles';
import { readRecordAuthor, readSignOffPolicy } from './sign-off';

type Fields = Partial<
  Pick<
    Assessment,
    | 'status'
    | 'conclusion'
    | 'reviewer'
    | 'approvedBy'
    | 'approvedAt'
    | 'selfApproval'
    | 'dueDate'
    | 'nextReviewDate'
  >
>;

/** Writes changed fields of the assessment with their audit event; `undefined` removes a field. */
const writeFields = async (
  tx: AuditedTransaction,
  assessment: Assessment,
  fields: Fields,
): Promise<Assessment> => {
  const merged: Record<string, unknown> = { ...assessment, ...fields, updatedAt: new Date().toISOString() };
  for (const [key, value] of Object.entries(fields)) if (value === undefined) delete merged[key];
  const updated = assessmentSchema.parse(merged);
  const changes = diffRecords(assessment, updated);
  if (Object.keys(changes).length === 0) return assessment;
  await tx.db.assessments.put(updated);
  tx.record({ table: 'assessments', recordId: assessment.id, action: 'update', changes });
  return updated;
};

const requireStatus = (assessment: Assessment, status: Assessment['status']): void => {
  if (assessment.status !== status)
    throw new Refusal('assessments.errors.wrongStatus', {
      status: { term: `assessments.status.${assessment.status}` },
    });
};

/** The assessor's conclusion (ok, warning, blocker, n.a.); undefined clears it. */
export const setConclusion = (id: string, conclusion: Conclusion | undefined): Promise<Assessment> =>
  changeUnlocked(id, [], (tx, assessment) => writeFields(tx, assessment, { conclusion }));

export const setDueDate = (id: string, dueDate: string | undefined): Promise<Assessment> =>
  changeUnlocked(id, [], (tx, assessment) => writeFields(tx, assessment, { dueDate }));

/** Draft → in review, with the reviewer named. */
export const submitForReview = (id: string, reviewer: string): Promise<Assessment> =>
  changeUnlocked(id, [], (tx, assessment) => {
    requireStatus(assessment, 'draft');
    if (!reviewer.trim()) throw new Refusal('assessments.errors.reviewerRequired');
    return writeFields(tx, assessment, { status: 'in-review', reviewer: reviewer.trim() });
  });

/** In review → back to draft, when the reviewer asks for more work. */
export const returnToDraft = (id: string): Promise<Assessment> =>
  changeUnlocked(id, [], (tx, assessment) => {
    requireStatus(assessment, 'in-review');
    return writeFields(tx, assessment, { status: 'draft' });
  });

/**
 * In review → approved by the named approver, now; the assessment is locked from then on. It needs a
 * conclusion. Approving schedules the next review: `nextReviewDate` as the approver chose it, or today +
 * the review cycle of the checklist or of the subject's tier; it must be after today. With
 * `updateSovereignty`, a supplier-risk-profile assessment of a vendor also copies its criteria ratings to
 * the vendor, in the same transaction and with the vendor's own audit event.
 *
 * Four eyes: an approver who created this revision or changed its answers last is refused, unless Settings
 * allows single-person sign-off; then the approval records which (`selfApproval`) for the board report.
 */
export const approveAssessment = (
  id: string,
  approver: string,
  options: { updateSovereignty?: boolean; nextReviewDate?: string } = {},
): Promise<Assessment> =>
  changeUnlocked(id, ['vendors', 'dependencies', 'licences'], async (tx, assessment) => {
    const { db } = tx;
    requireStatus(assessment, 'in-review');
    if (!approver.trim()) throw new Refusal('assessments.errors.approverRequired');
    if (!assessment.conclusion) throw new Refusal('assessments.errors.conclusionRequired');
    const selfApproval = selfApprovalOf(approver, {
      author: await readRecordAuthor(db, 'assessments', assessment.id),
      answers: assessment.answers,
    });
    if (selfApproval && !(await readSignOffPolicy(db)).singlePersonSignOff)
      throw new Refusal(
        selfApproval === 'author'
          ? 'assessments.errors.approverIsAuthor'
          : 'assessments.errors.approverIsEditor',
        {
          name: approver.trim(),
        },
      );
    const today = localToday();
    const nextReviewDate =
      options.nextReviewDate?.trim() || (await proposeAssessmentReview(db, assessment, today)).date;
    if (!isIsoDate(nextReviewDate) || nextReviewDate <= today)
      throw new Refusal('assessments.errors.nextReviewDate', { date: nextReviewDate });
    if (options.updateSovereignty && assessment.subject.type === 'vendor') {
      const vendor = await db.vendors.get(assessment.subject.id);
      if (!vendor) throw new Refusal('assessments.errors.subjectNotFound');
      const changes = sovereigntyRatingChanges(vendor, assessment.answers);
      if (changes.length > 0) {
        const sovereignty = { ...vendor.sovereignty };
        for (const { criterion, after } of changes) sovereignty[criterion] = after;
        const updated = vendorSchema.parse({ ...vendor, sovereignty, updatedAt: new Date().toISOString() });
        await db.vendors.put(tx.update('vendors', vendor, updated));
      }
    }
    return writeFields(tx, assessment, {
      status: 'approved',
      approvedBy: approver.trim(),
      approvedAt: new Date().toISOString(),
      selfApproval,
      nextReviewDate,
    });
  });

/**
 * Reopens an approved assessment as a new draft revision that starts from its answers and conclusion; the
 * approved one stays as it was, locked, and the new one points back to it. The new revision is due when the
 * approved one was to be reviewed. Only the latest revision can be reopened, so the history stays a single
 * line.
 */
export const reopenAssessment = (id: string): Promise<Assessment> =>
  audited(['assessments'], async (tx) => {
    const { db } = tx;
    const assessment = await db.assessments.get(id);
    if (!assessment) throw new Refusal('assessments.errors.notFound');
    requireStatus(assessment, 'approved');
    if ((await db.assessments.where('previousId').equals(id).count()) > 0)
      throw new Refusal('assessments.errors.notLatestRevision');
    const now = new Date().toISOString();
    const {
      reviewer: _reviewer,
      approvedBy: _approvedBy,
      approvedAt: _approvedAt,
      selfApproval: _selfApproval,
      nextReviewDate,
      ...kept
    } = assessment;
    const dueDate = nextReviewDate ?? kept.dueDate;
    const next = assessmentSchema.parse({
      ...kept,
      ...(dueDate && { dueDate }),
      id: crypto.randomUUID(),
      status: 'draft',
      revision: assessment.revision + 1,
      previousId: assessment.id,
      createdAt: now,
      updatedAt: now,
    });
    await db.assessments.add(next);
    tx.record({
      table: 'assessments',
      recordId: next.id,
      action: 'create',
      changes: diffRecords(undefined, next),
    });
    return next;
  });
