import { sovereigntyLevelValues, type SovereigntyStatus } from '../sovereignty';
import { forEachPart, type OptionSupply } from './option-supply';
import type { WhatIfDependency } from './what-if-records';

export interface SupplierWeight {
  vendorId: string;
  level: SovereigntyStatus;
  /** Σ criticality × share supplied, over the dependencies involved. */
  weight: number;
}

export interface LevelWeight {
  level: SovereigntyStatus;
  weight: number;
  vendorCount: number;
}

/** The sovereignty levels of the suppliers of the dependencies a decision involves, weighed by criticality. */
export interface SupplierMix {
  /** Heaviest first; ties by vendor id. */
  suppliers: SupplierWeight[];
  /** Critical first, unrated last; levels with no supplier left out. */
  byLevel: LevelWeight[];
  /** Σ weight of every supplier: the criticality of what is still supplied. */
  totalWeight: number;
}

const levelOrder: readonly SovereigntyStatus[] = [...[...sovereigntyLevelValues].reverse(), 'unrated'];

/** Weights are summed in criticality × percent (integers) and divided once, so they add up exactly. */
export const supplierMix = (dependencies: readonly WhatIfDependency[], supply: OptionSupply): SupplierMix => {
  const byVendor = new Map<string, number>();
  for (const dependency of dependencies)
    forEachPart(supply, dependency, (vendorId, percent) => {
      if (vendorId !== null)
        byVendor.set(vendorId, (byVendor.get(vendorId) ?? 0) + dependency.criticality * percent);
    });
  const levels = new Map<SovereigntyStatus, { hundredths: number; vendorCount: number }>();
  let total = 0;
  const suppliers = [...byVendor].map(([vendorId, hundredths]) => {
    const level = supply.levelOf(vendorId);
    const entry = levels.get(level);
    if (entry) {
      entry.hundredths += hundredths;
      entry.vendorCount += 1;
    } else levels.set(level, { hundredths, vendorCount: 1 });
    total += hundredths;
    return { vendorId, level, weight: hundredths / 100 };
  });
  // Ids compared by code unit, not localeCompare: a domain has thousands of suppliers and the order only
  // has to be stable.
  suppliers.sort(
    (a, b) => b.weight - a.weight || (a.vendorId < b.vendorId ? -1 : a.vendorId > b.vendorId ? 1 : 0),
  );
  const byLevel = levelOrder.flatMap((level) => {
    const entry = levels.get(level);
    return entry ? [{ level, weight: entry.hundredths / 100, vendorCount: entry.vendorCount }] : [];
  });
  return { suppliers, byLevel, totalWeight: total / 100 };
};
