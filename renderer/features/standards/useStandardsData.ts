import { useMemo } from 'react';
import type { Dependency, Licence, Vendor } from '@shared/domain';
import {
  allStandardExposures,
  buildExposureIndex,
  builtInStandards,
  matchHolders,
  mergeDeclarationAggregates,
  patentFindings,
  allStandardExposuresInDetail,
  type DeclarationSet,
  type ExposureIndex,
  type HolderMatch,
  type PatentAssumptions,
  type PatentRiskDraft,
  type RoyaltyRate,
  type StandardExposureSummary,
} from '@shared/domain/standards';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicences } from '@renderer/data/licences';
import { useDeclarationSets, usePatentAssumptions, useRoyaltyRates } from '@renderer/data/standards';
import { useVendors } from '@renderer/data/vendors';

const emptyAggregates = { families: 0, holders: [], standards: [], generations: [] };

/** Everything the Standards screens read, indexed once per change of the data. */
export interface StandardsData {
  vendors: Vendor[];
  dependencies: Dependency[];
  licences: Licence[];
  sets: DeclarationSet[];
  /** The newest set of each source: the declarations that count. */
  inForce: DeclarationSet[];
  rates: RoyaltyRate[];
  assumptions: PatentAssumptions;
  matches: HolderMatch[];
  index: ExposureIndex;
}

export const useStandardsData = (): StandardsData | undefined => {
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  const sets = useDeclarationSets();
  const rates = useRoyaltyRates();
  const assumptions = usePatentAssumptions();
  return useMemo(() => {
    if (!vendors || !dependencies || !licences || !sets || !rates || !assumptions) return undefined;
    const inForce = sets.filter((set) => set.replacedAt === undefined);
    const aggregates = mergeDeclarationAggregates(inForce.map((set) => set.aggregates)) ?? emptyAggregates;
    const matches = matchHolders(aggregates.holders, vendors);
    const index = buildExposureIndex({
      aggregates,
      holderVendorIds: matches.map((match) => (match.status === 'matched' ? match.vendorId : undefined)),
      vendors,
      dependencies,
      licences,
      references: builtInStandards,
      essentialityRates: assumptions.essentialityRates,
    });
    return { vendors, dependencies, licences, sets, inForce, rates, assumptions, matches, index };
  }, [vendors, dependencies, licences, sets, rates, assumptions]);
};

/** The summary of every standard in use. */
export const useStandardSummaries = (
  data: StandardsData | undefined,
): StandardExposureSummary[] | undefined => useMemo(() => data && allStandardExposures(data.index), [data]);

/** The prefilled Legal / IP risks the declarations give, over every standard in use. */
export const usePatentFindings = (data: StandardsData | undefined): PatentRiskDraft[] | undefined =>
  useMemo(() => {
    if (!data) return undefined;
    const threshold = data.assumptions.shareThreshold;
    return patentFindings(allStandardExposuresInDetail(data.index), data.vendors, {
      ...(threshold !== undefined && { shareThreshold: threshold / 100 }),
    });
  }, [data]);
