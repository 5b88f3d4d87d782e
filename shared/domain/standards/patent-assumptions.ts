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
