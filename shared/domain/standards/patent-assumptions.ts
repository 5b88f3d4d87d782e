import { z } from 'zod';
import { optional, percentSchema } from '../common';

/**
 * The user's assumptions on declared patents (Settings row `patent-assumptions`): per party (a vendor id,
 * or `holder:` + a holder's normalised name) the percentage of its declared families taken as truly
 * essential, and the share of a standard's declared families above which a holder is a finding.
 */
export const patentAssumptionsSchema = z.object({
  essentialityRates: z.record(z.string().min(1).max(400), percentSchema).default({}),
  /** In %, 0–100; no share finding without one. */
  shareThreshold: optional(percentSchema),
});
export type PatentAssumptions = z.infer<typeof patentAssumptionsSchema>;
export type PatentAssumptionsInput = z.input<typeof patentAssumptionsSchema>;

/** No assumption: every declared family counts in full, and no share threshold. */
export const defaultPatentAssumptions: PatentAssumptions = { essentialityRates: {} };

/** The one-field form of a party's essentiality rate: empty means no assumption (all declared families count). */
export const essentialityRateInputSchema = z.object({ rate: optional(percentSchema) });
export type EssentialityRateInput = z.input<typeof essentialityRateInputSchema>;

/**
 * The assumptions with one party's essentiality rate set, or removed when `rate` is undefined (the party's
 * families then count in full); the other parties' rates and the threshold are kept as they were.
 */
export const withEssentialityRate = (
  assumptions: PatentAssumptions,
  partyId: string,
  rate: number | undefined,
): PatentAssumptions => {
  const { [partyId]: _earlier, ...others } = assumptions.essentialityRates;
  return { ...assumptions, essentialityRates: rate === undefined ? others : { ...others, [partyId]: rate } };
};
