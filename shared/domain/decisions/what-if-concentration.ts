import { computeConcentration, type DomainConcentration } from '../concentration';
import type { Dependency, NetworkDomain } from '../dependency';
import { forEachPart, type OptionSupply } from './option-supply';
import type { WhatIfBaseline } from './what-if-records';

export interface DomainChange {
  domain: NetworkDomain;
  before: DomainConcentration;
  after: DomainConcentration;
}

type Row = Pick<Dependency, 'vendorId' | 'domain' | 'criticality'>;

/** Weights are passed to computeConcentration in hundredths (criticality × percent): integers, so exact. */
const hundredths = 100;

const inWholeUnits = (concentration: DomainConcentration, dependencyCount: number): DomainConcentration => ({
  ...concentration,
  totalWeight: concentration.totalWeight / hundredths,
  // Counted once each: a dependency split between two vendors is one dependency of the domain.
  dependencyCount,
  shares: concentration.shares.map((share) => ({ ...share, weight: share.weight / hundredths })),
});

/**
 * HHI of each domain the option touches, before and after, by the existing concentration function run on a
 * copy of the domain's rows in which a moved dependency is split: criticality × share moved goes to the
 * receiving vendor, criticality × share kept stays with the current one, and a share given up (exit) counts
 * for nobody. A vendor's dependency count then counts the dependencies it supplies in whole or in part.
 */
export const concentrationChanges = (
  baseline: Pick<WhatIfBaseline, 'byDomain' | 'concentration'>,
  supply: OptionSupply,
  /** In the order of the domain list. */
  domains: readonly NetworkDomain[],
): DomainChange[] => {
  const rows: Row[] = [];
  const present = new Map<NetworkDomain, number>();
  for (const domain of domains) {
    let count = 0;
    for (const dependency of baseline.byDomain.get(domain) ?? []) {
      const before = rows.length;
      forEachPart(supply, dependency, (vendorId, percent) => {
        if (vendorId !== null) rows.push({ vendorId, domain, criticality: dependency.criticality * percent });
      });
      if (rows.length > before) count += 1;
    }
    present.set(domain, count);
  }
  const after = new Map(computeConcentration(rows).map((entry) => [entry.domain, entry]));
  return domains.flatMap((domain) => {
    const before = baseline.concentration.get(domain);
    const changed = after.get(domain);
    if (!before) return [];
    // A domain whose every dependency is exited has no concentration left: an empty market, HHI 0.
    const emptied: DomainConcentration = {
      ...before,
      totalWeight: 0,
      dependencyCount: 0,
      shares: [],
      hhi: 0,
      band: 'unconcentrated',
    };
    return [{ domain, before, after: changed ? inWholeUnits(changed, present.get(domain) ?? 0) : emptied }];
  });
};
