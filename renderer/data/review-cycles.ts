import { useLiveQuery } from 'dexie-react-hooks';
import {
  assessmentCycle,
  defaultReviewCycles,
  nextAssessmentReview,
  reviewCyclesSchema,
  subjectTier,
  type Assessment,
  type AssessmentCycle,
  type AssessmentSubject,
  type Dependency,
  type Licence,
  type ReviewCycles,
  type ReviewCyclesInput,
  type ReviewTier,
} from '@shared/domain';
import type { ReviewCyclesRow, WorkbenchDatabase } from '../db/database';
import { diffRecords } from './audit';
import { audited } from './audited';
import { workspace } from './database';

export const REVIEW_CYCLES_KEY = 'review-cycles';

const cycleRows = (db: WorkbenchDatabase) => db.table<ReviewCyclesRow, string>('settings');

const withoutKey = ({ key: _key, ...cycles }: ReviewCyclesRow): ReviewCycles => cycles;

/**
 * The review cycles as saved, or the defaults until the user saves their own. A row the schema no longer
 * accepts (an older app's, a hand-edited database) falls back field by field to the defaults.
 */
export const readReviewCycles = async (db: WorkbenchDatabase): Promise<ReviewCycles> => {
  const row = await cycleRows(db).get(REVIEW_CYCLES_KEY);
  if (!row) return defaultReviewCycles;
  const parsed = reviewCyclesSchema.safeParse(withoutKey(row));
  return parsed.success ? parsed.data : defaultReviewCycles;
};

/** The review cycles, live: the approval dialog and the risk review propose dates from them. */
export const useReviewCycles = (): ReviewCycles | undefined =>
  useLiveQuery(() => readReviewCycles(workspace()));

/** Saves the review cycles after checking them with the shared schema, with their audit event. */
export const saveReviewCycles = async (input: ReviewCyclesInput): Promise<ReviewCycles> => {
  const cycles = reviewCyclesSchema.parse(input);
  await audited([], async (tx) => {
    const stored = await cycleRows(tx.db).get(REVIEW_CYCLES_KEY);
    const before = stored ? withoutKey(stored) : undefined;
    // Until saved, the defaults are in force: saving them unchanged changes nothing worth recording.
    const changes = diffRecords(before ?? defaultReviewCycles, cycles);
    if (Object.keys(changes).length === 0) return;
    await cycleRows(tx.db).put({ key: REVIEW_CYCLES_KEY, ...cycles });
    tx.record({
      table: 'settings',
      recordId: REVIEW_CYCLES_KEY,
      action: stored ? 'update' : 'create',
      changes,
    });
  });
  return cycles;
};

/**
 * The review tier of an assessed record, read inside the caller's transaction (which must include
 * `dependencies` and `licences`): only the records it needs, through their indexes.
 */
export const readSubjectTier = async (
  db: WorkbenchDatabase,
  subject: AssessmentSubject,
): Promise<ReviewTier> => {
  const dependencies = new Map<string, Dependency>();
  const byVendor = new Map<string, Dependency[]>();
  const licences = new Map<string, Licence>();
  const loadVendor = async (vendorId: string) => {
    byVendor.set(vendorId, await db.dependencies.where('vendorId').equals(vendorId).toArray());
  };
  if (subject.type === 'vendor') await loadVendor(subject.id);
  if (subject.type === 'dependency') {
    const dependency = await db.dependencies.get(subject.id);
    if (dependency) dependencies.set(dependency.id, dependency);
  }
  if (subject.type === 'licence') {
    const licence = await db.licences.get(subject.id);
    if (licence) {
      licences.set(licence.id, licence);
      for (const dependency of await db.dependencies.bulkGet(licence.dependencyIds))
        if (dependency) dependencies.set(dependency.id, dependency);
      if (licence.vendorId) await loadVendor(licence.vendorId);
    }
  }
  return subjectTier(subject, {
    dependency: (id) => dependencies.get(id),
    dependenciesOfVendor: (vendorId) => byVendor.get(vendorId) ?? [],
    licence: (id) => licences.get(id),
  });
};

/** The next review an approval on `today` schedules, with the cycle it comes from (for the explanation). */
export interface ProposedReview {
  date: string;
  cycle: AssessmentCycle;
  tier: ReviewTier;
}

/**
 * The next review of an assessment approved on `today`: today + the checklist's own cycle, or else the cycle
 * of its subject's tier. Read inside the caller's transaction (with `settings`, `dependencies`, `licences`).
 */
export const proposeAssessmentReview = async (
  db: WorkbenchDatabase,
  assessment: Pick<Assessment, 'checklistId' | 'subject'>,
  today: string,
): Promise<ProposedReview> => {
  const [cycles, tier] = await Promise.all([readReviewCycles(db), readSubjectTier(db, assessment.subject)]);
  const cycle = assessmentCycle(cycles, assessment.checklistId, tier);
  return { date: nextAssessmentReview(today, cycle), cycle, tier };
};

/** The review an approval today would schedule, live (the approval dialog proposes it). */
export const useProposedReview = (
  assessment: Pick<Assessment, 'checklistId' | 'subject'>,
  today: string,
): ProposedReview | undefined => {
  const { checklistId, subject } = assessment;
  return useLiveQuery(
    () => proposeAssessmentReview(workspace(), { checklistId, subject }, today),
    [checklistId, subject.type, subject.id, today],
  );
};
