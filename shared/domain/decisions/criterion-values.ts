import { networkDomainValues, type NetworkDomain } from '../dependency';
import type { DecisionCriterion } from './criteria';
import type { OptionWhatIf } from './what-if';
import { licenceBurden } from './what-if-terms';

export type CriterionValues = Record<DecisionCriterion, number>;

export interface DomainHhi {
  domain: NetworkDomain;
  /** Today's Σ criticality of the domain: its weight in the mean. */
  weight: number;
  hhi: number;
}

export interface OptionCriteria {
  optionId: string;
  /** Each criterion's raw value; lower is better for every one. */
  values: CriterionValues;
  /** What the concentration value averages: the HHI after the option of every domain any option touches. */
  concentrationDomains: DomainHhi[];
}

/**
 * Raw values of the criteria, one set per option:
 * - cost: one-off + switching costs + annual change × the decision's horizon in years;
 * - time: months to implement;
 * - concentration: mean HHI after the option over the domains any option of the decision touches, weighted by
 *   each domain's criticality today (an option that leaves a domain alone keeps today's HHI there);
 * - sovereignty: critical dependencies exposed to high or critical vendors, dual-sourced ones in part;
 * - continuity: criticality-weighted months of supply at stake if the largest supplier stopped;
 * - licence: the burden of the licence terms after the option (0 none … 6 unknown).
 */
export const criterionValues = (whatIfs: readonly OptionWhatIf[]): OptionCriteria[] => {
  const today = new Map<NetworkDomain, DomainHhi>();
  for (const whatIf of whatIfs)
    for (const { domain, before } of whatIf.concentration)
      today.set(domain, { domain, weight: before.totalWeight, hhi: before.hhi });
  const domains = networkDomainValues.flatMap((domain) => today.get(domain) ?? []);
  return whatIfs.map((whatIf) => {
    const after = new Map(whatIf.concentration.map(({ domain, after }) => [domain, after.hhi]));
    const concentrationDomains = domains.map((entry) => ({
      ...entry,
      hhi: after.get(entry.domain) ?? entry.hhi,
    }));
    const totalWeight = concentrationDomains.reduce((sum, entry) => sum + entry.weight, 0);
    const concentration =
      totalWeight === 0
        ? 0
        : concentrationDomains.reduce((sum, entry) => sum + entry.weight * entry.hhi, 0) / totalWeight;
    return {
      optionId: whatIf.optionId,
      values: {
        cost: whatIf.costs.total,
        time: whatIf.monthsToImplement,
        concentration,
        sovereignty: whatIf.exposure.after.weightedCount,
        continuity: whatIf.continuity.after.value,
        licence: licenceBurden(whatIf.licence.after),
      },
      concentrationDomains,
    };
  });
};
