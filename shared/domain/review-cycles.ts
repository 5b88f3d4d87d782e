import { z } from 'zod';
import { addMonths } from './calendar';
import { idSchema } from './common';
import type { AssessmentSubject } from './assessment';
import type { Dependency } from './dependency';
import type { Licence } from './licence';
import { riskCategoryValues, type RiskCategory } from './risk';

/**
 * How often things are reviewed. A vendor's review tier is the highest criticality of the dependencies it
 * supplies (5 vital … 1 marginal): the same judgement the user already records for concentration and
 * exposure, so a vendor becomes "critical" the day it supplies something critical, and stops being so when
 * that dependency moves elsewhere — no second field to keep in step. A vendor that supplies nothing yet has
 * no tier ('none').
 */
export const reviewTierValues = ['5', '4', '3', '2', '1', 'none'] as const;
export type ReviewTier = (typeof reviewTierValues)[number];

/** A cycle in whole months: at least one, at most ten years. */
export const cycleMonthsSchema = z
  .number('validation.cycleMonths')
  .int('validation.cycleMonths')
  .min(1, 'validation.cycleMonths')
  .max(120, 'validation.cycleMonths');

/** Critical suppliers every year, significant ones every two, the rest every three: common TPRM practice. */
export const defaultTierMonths: Readonly<Record<ReviewTier, number>> = {
  '5': 12,
  '4': 12,
  '3': 24,
  '2': 36,
  '1': 36,
  none: 36,
};

/** A risk whose category has no cycle of its own is reviewed again three months after each review. */
export const defaultRiskReviewMonths = 3;

export const reviewCyclesSchema = z.object({
  tiers: z
    .object({
      '5': cycleMonthsSchema.default(defaultTierMonths['5']),
      '4': cycleMonthsSchema.default(defaultTierMonths['4']),
      '3': cycleMonthsSchema.default(defaultTierMonths['3']),
      '2': cycleMonthsSchema.default(defaultTierMonths['2']),
      '1': cycleMonthsSchema.default(defaultTierMonths['1']),
      none: cycleMonthsSchema.default(defaultTierMonths.none),
    })
    .prefault({}),
  /** Checklist id → months; wins over the tier (e.g. NIS2 every 12 months whatever the supplier). */
  checklists: z.record(idSchema, cycleMonthsSchema).default({}),
  /** Risk category → months between reviews of its risks. */
  riskCategories: z.partialRecord(z.enum(riskCategoryValues), cycleMonthsSchema).default({}),
});
export type ReviewCycles = z.infer<typeof reviewCyclesSchema>;
export type ReviewCyclesInput = z.input<typeof reviewCyclesSchema>;

export const defaultReviewCycles: ReviewCycles = reviewCyclesSchema.parse({});

/** The tier of a set of criticalities (1–5): the highest, or 'none' when there is none. */
export const reviewTier = (criticalities: readonly number[]): ReviewTier => {
  const highest = Math.max(0, ...criticalities);
  return highest >= 1 && highest <= 5 ? (String(highest) as ReviewTier) : 'none';
};

/** What the tier of a subject is read from; each returns only what exists. */
export interface TierSources {
  dependency: (id: string) => Pick<Dependency, 'criticality'> | undefined;
  dependenciesOfVendor: (vendorId: string) => readonly Pick<Dependency, 'criticality'>[];
  licence: (id: string) => Pick<Licence, 'dependencyIds' | 'vendorId'> | undefined;
}

/**
 * The review tier of an assessed record: a vendor's is the highest criticality of its dependencies, a
 * dependency's its own criticality, a licence's that of the dependencies it covers — or, when it names
 * none, that of its vendor.
 */
export const subjectTier = (subject: AssessmentSubject, sources: TierSources): ReviewTier => {
  const criticalitiesOf = (items: readonly (Pick<Dependency, 'criticality'> | undefined)[]) =>
    items.flatMap((item) => (item ? [item.criticality] : []));
  switch (subject.type) {
    case 'vendor':
      return reviewTier(criticalitiesOf(sources.dependenciesOfVendor(subject.id)));
    case 'dependency':
      return reviewTier(criticalitiesOf([sources.dependency(subject.id)]));
    case 'licence': {
      const licence = sources.licence(subject.id);
      if (!licence) return 'none';
      const covered = criticalitiesOf(licence.dependencyIds.map((id) => sources.dependency(id)));
      if (covered.length > 0) return reviewTier(covered);
      return licence.vendorId
        ? reviewTier(criticalitiesOf(sources.dependenciesOfVendor(licence.vendorId)))
        : 'none';
    }
  }
};

/** The months until the next assessment, and why: the checklist's own cycle, else the subject's tier's. */
export type AssessmentCycle =
  { months: number; basis: 'checklist' } | { months: number; basis: 'tier'; tier: ReviewTier };

export const assessmentCycle = (
  cycles: ReviewCycles,
  checklistId: string,
  tier: ReviewTier,
): AssessmentCycle => {
  const own = Object.hasOwn(cycles.checklists, checklistId) ? cycles.checklists[checklistId] : undefined;
  return own !== undefined
    ? { months: own, basis: 'checklist' }
    : { months: cycles.tiers[tier], basis: 'tier', tier };
};

/** The next review of an assessment approved on `approvedOn` (YYYY-MM-DD): that day + the cycle. */
export const nextAssessmentReview = (approvedOn: string, cycle: Pick<AssessmentCycle, 'months'>): string =>
  addMonths(approvedOn, cycle.months);

/** The months between reviews of a risk of this category, and whether it is the default. */
export const riskReviewCycle = (
  cycles: ReviewCycles,
  category: RiskCategory,
): { months: number; basis: 'category' | 'default' } => {
  const own = cycles.riskCategories[category];
  return own !== undefined
    ? { months: own, basis: 'category' }
    : { months: defaultRiskReviewMonths, basis: 'default' };
};

/** The next review of a risk reviewed on `reviewedOn` (YYYY-MM-DD): that day + its category's cycle. */
export const nextRiskReview = (reviewedOn: string, cycles: ReviewCycles, category: RiskCategory): string =>
  addMonths(reviewedOn, riskReviewCycle(cycles, category).months);
