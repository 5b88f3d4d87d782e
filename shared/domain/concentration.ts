import type { Dependency, NetworkDomain } from './dependency';
import { networkDomainValues } from './dependency';

/** Bands of the 2023 US Merger Guidelines: below 1,000, 1,000–1,800, above 1,800. */
export const concentrationBandValues = ['unconcentrated', 'moderate', 'high'] as const;
export type ConcentrationBand = (typeof concentrationBandValues)[number];

export const hhiModerateFrom = 1000;
export const hhiHighAbove = 1800;

export const concentrationBand = (hhi: number): ConcentrationBand =>
  hhi < hhiModerateFrom ? 'unconcentrated' : hhi <= hhiHighAbove ? 'moderate' : 'high';

export interface VendorShare {
  vendorId: string;
  /** Σ criticality of the vendor's dependencies in the domain: the numerator of the share. */
  weight: number;
  dependencyCount: number;
  /** weight ÷ the domain's total weight, 0–1. */
  share: number;
}

export interface DomainConcentration {
  domain: NetworkDomain;
  /** Σ criticality of every dependency in the domain: the denominator of each share. */
  totalWeight: number;
  dependencyCount: number;
  /** Largest share first; ties by vendor id so the order is stable. */
  shares: VendorShare[];
  /** Σ (100 × share)², 0–10,000. */
  hhi: number;
  band: ConcentrationBand;
}

type ConcentrationInput = Pick<Dependency, 'vendorId' | 'domain' | 'criticality'>;

/**
 * Concentration per network domain, weighted by criticality: a vendor supplying the dependencies the
 * network cannot run without weighs more than one supplying marginal ones. Domains without dependencies are
 * left out. The HHI is computed from the integer weights (10,000 × Σ w² ÷ W²) so a value on a band
 * boundary is exact, not a floating-point neighbour of it. One pass over the dependencies.
 */
export const computeConcentration = (dependencies: Iterable<ConcentrationInput>): DomainConcentration[] => {
  const byDomain = new Map<NetworkDomain, Map<string, { weight: number; count: number }>>();
  for (const { domain, vendorId, criticality } of dependencies) {
    let vendors = byDomain.get(domain);
    if (!vendors) {
      vendors = new Map<string, { weight: number; count: number }>();
      byDomain.set(domain, vendors);
    }
    const entry = vendors.get(vendorId);
    if (entry) {
      entry.weight += criticality;
      entry.count += 1;
    } else vendors.set(vendorId, { weight: criticality, count: 1 });
  }

  return networkDomainValues.flatMap((domain) => {
    const vendors = byDomain.get(domain);
    if (!vendors) return [];
    let totalWeight = 0;
    let dependencyCount = 0;
    let sumOfSquares = 0;
    for (const { weight, count } of vendors.values()) {
      totalWeight += weight;
      dependencyCount += count;
      sumOfSquares += weight * weight;
    }
    const shares = [...vendors]
      .map(([vendorId, { weight, count }]) => ({
        vendorId,
        weight,
        dependencyCount: count,
        share: weight / totalWeight,
      }))
      .sort((a, b) => b.weight - a.weight || a.vendorId.localeCompare(b.vendorId));
    const hhi = (10_000 * sumOfSquares) / (totalWeight * totalWeight);
    return [{ domain, totalWeight, dependencyCount, shares, hhi, band: concentrationBand(hhi) }];
  });
};
