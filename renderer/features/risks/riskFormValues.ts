import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import type { Risk, RiskCategory, riskInputSchema } from '@shared/domain';

/** What the risk form holds while typing (the schema's input) and what a valid submit yields. */
export type RiskFormValues = z.input<typeof riskInputSchema>;
export type RiskFormOutput = z.output<typeof riskInputSchema>;

/** What a quick-creation link (?vendorId=&title=&category=) starts a new risk with. */
export interface RiskPrefill {
  title?: string;
  description?: string;
  category?: RiskCategory;
  vendorIds?: string[];
  dependencyIds?: string[];
  licenceIds?: string[];
}

/**
 * Form values from a stored risk, or blank ones (with the prefill of a quick creation). Likelihood and
 * impact start unchosen, so no rating slips in unconsidered; absent optional fields become '' so every
 * input is controlled from the start.
 */
export const toRiskFormValues = (risk?: Risk, prefill: RiskPrefill = {}): DefaultValues<RiskFormValues> => ({
  title: risk?.title ?? prefill.title ?? '',
  description: risk?.description ?? prefill.description ?? '',
  category: risk?.category ?? prefill.category,
  vendorIds: risk?.vendorIds ?? prefill.vendorIds ?? [],
  dependencyIds: risk?.dependencyIds ?? prefill.dependencyIds ?? [],
  licenceIds: risk?.licenceIds ?? prefill.licenceIds ?? [],
  likelihood: risk?.likelihood,
  impact: risk?.impact,
  residualLikelihood: risk?.residualLikelihood ?? '',
  residualImpact: risk?.residualImpact ?? '',
  treatment: risk?.treatment ?? 'mitigate',
  status: risk?.status ?? 'open',
  owner: risk?.owner ?? '',
  reviewDate: risk?.reviewDate ?? '',
  actions: (risk?.actions ?? []).map((action) => ({
    ...action,
    owner: action.owner ?? '',
    dueDate: action.dueDate ?? '',
  })),
  ...(risk?.source ? { source: risk.source } : {}),
});
