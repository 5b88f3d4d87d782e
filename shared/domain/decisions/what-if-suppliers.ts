import { sovereigntyLevelValues, type SovereigntyStatus } from '../sovereignty';
import { partsOf, type OptionSupply } from './option-supply';
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
  for (const dependency of dependencies) {
    for (const part of partsOf(supply, dependency)) {
      if (part.vendorId === null) continue;
      byVendor.set(part.vendorId, (byVendor.get(part.vendorId) ?? 0) + dependency.criticality * part.percent);
    }
  }
  const suppliers = [...byVendor]
    .map(([vendorId, weight]) => ({ vendorId, level: supply.levelOf(vendorId), weight: weight / 100 }))
    .sort((a, b) => b.weight - a.weight || a.vendorId.localeCompare(b.vendorId));
  const byLevel = levelOrder.flatMap((level) => {
    const atLevel = suppliers.filter((supplier) => supplier.level === level);
    if (atLevel.length === 0) return [];
    const hundredths = atLevel.reduce((sum, supplier) => sum + (byVendor.get(supplier.vendorId) ?? 0), 0);
    return [{ level, weight: hundredths / 100, vendorCount: atLevel.length }];
  });
  const total = [...byVendor.values()].reduce((sum, weight) => sum + weight, 0);
  return { suppliers, byLevel, totalWeight: total / 100 };
};
