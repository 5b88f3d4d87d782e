import {
  criticalThreshold,
  sovereigntyCriteria,
  sovereigntyLevelRank,
  type SovereigntyCriterion,
  type SovereigntyStatus,
} from '../../domain';
import type { ReportContext } from '../context';
import { reportSources } from '../sources';

export interface KeyVendorProfile {
  vendorId: string;
  vendorName: string;
  hqCountry: string;
  level: SovereigntyStatus;
  index: number | null;
  /** The six criteria of the EU coordinated risk assessment, 0–4 or null when not rated. */
  ratings: Record<SovereigntyCriterion, number | null>;
  listed: boolean;
  criticalDependencies: number;
  source: string;
}

export interface SovereigntySection {
  /** Highest level first, then highest index, then most critical dependencies, then by name. */
  vendors: KeyVendorProfile[];
  /** How many vendors qualified as key, of which at most `maxKeyVendors` are shown. */
  keyVendorCount: number;
}

export const maxKeyVendors = 15;

/**
 * The sovereignty profile of the key in-scope vendors: those supplying an in-scope critical dependency
 * (criticality ≥ 4) or whose level is medium or above; the fifteen most concerning are shown.
 */
export const buildSovereignty = (context: ReportContext): SovereigntySection => {
  const sovereignty = context.sovereignty();
  const criticalByVendor = new Map<string, number>();
  for (const dependency of context.scoped.dependencies) {
    if (dependency.criticality >= criticalThreshold)
      criticalByVendor.set(dependency.vendorId, (criticalByVendor.get(dependency.vendorId) ?? 0) + 1);
  }
  const key = context.scoped.vendors.flatMap((vendor): KeyVendorProfile[] => {
    const assessment = sovereignty.get(vendor.id);
    const level = assessment?.level ?? 'unrated';
    const criticalDependencies = criticalByVendor.get(vendor.id) ?? 0;
    if (criticalDependencies === 0 && sovereigntyLevelRank[level] < sovereigntyLevelRank.medium) return [];
    return [
      {
        vendorId: vendor.id,
        vendorName: vendor.name,
        hqCountry: vendor.hqCountry,
        level,
        index: assessment?.index ?? null,
        ratings: Object.fromEntries(
          sovereigntyCriteria.map((criterion) => [criterion, vendor.sovereignty[criterion]]),
        ) as Record<SovereigntyCriterion, number | null>,
        listed: vendor.listings.length > 0,
        criticalDependencies,
        source: reportSources.vendor(vendor.id),
      },
    ];
  });
  key.sort(
    (a, b) =>
      sovereigntyLevelRank[b.level] - sovereigntyLevelRank[a.level] ||
      (b.index ?? -1) - (a.index ?? -1) ||
      b.criticalDependencies - a.criticalDependencies ||
      a.vendorName.localeCompare(b.vendorName),
  );
  return { vendors: key.slice(0, maxKeyVendors), keyVendorCount: key.length };
};
