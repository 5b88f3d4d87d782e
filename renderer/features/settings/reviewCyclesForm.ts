import { z } from 'zod';
import {
  cycleMonthsSchema,
  optional,
  referenceSchema,
  reviewTierValues,
  riskCategoryValues,
  type ReviewCycles,
  type ReviewCyclesInput,
} from '@shared/domain';

const byKey = <K extends string, T>(keys: readonly K[], schema: T): Record<K, T> =>
  Object.fromEntries(keys.map((key) => [key, schema])) as Record<K, T>;

/** An emptied number field holds '': the shared rule refuses it with its own message. */
const monthsField = z.preprocess((value: number | '') => value, cycleMonthsSchema);

/** Checks the form with the shared rule for a cycle and gives back what the settings store. */
export const reviewCyclesFormSchema = z
  .object({
    tiers: z.object(byKey(reviewTierValues, monthsField)),
    checklists: z.array(z.object({ checklistId: referenceSchema, months: monthsField })),
    riskCategories: z.object(byKey(riskCategoryValues, optional(cycleMonthsSchema))),
  })
  .transform((values): ReviewCyclesInput => ({
    tiers: values.tiers,
    checklists: Object.fromEntries(values.checklists.map((row) => [row.checklistId, row.months])),
    riskCategories: Object.fromEntries(
      Object.entries(values.riskCategories).filter(([, months]) => months !== undefined),
    ),
  }));

/**
 * The review cycles as the form holds them: every tier's months, the checklists with a cycle of their own as
 * rows (so one can be added or removed), and every risk category's months — empty for the default.
 */
export type ReviewCyclesFormValues = z.input<typeof reviewCyclesFormSchema>;

export const toReviewCyclesFormValues = (cycles: ReviewCycles): ReviewCyclesFormValues => ({
  tiers: { ...cycles.tiers },
  checklists: Object.entries(cycles.checklists).map(([checklistId, months]) => ({ checklistId, months })),
  riskCategories: Object.fromEntries(
    riskCategoryValues.map((category) => [category, cycles.riskCategories[category] ?? '']),
  ),
});
