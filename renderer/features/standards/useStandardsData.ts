import { useMemo } from 'react';
import type { Dependency, Licence, Vendor } from '@shared/domain';
import {
  allStandardExposures,
  patentFindings,
  standardsExposure,
  allStandardExposuresInDetail,
  type DeclarationSet,
  type ExposureIndex,
  type HolderMatch,
  type PatentAssumptions,
  type PatentRiskDraft,
  type RoyaltyRate,
  type StandardExposureSummary,
  type StandardListEntry,
} from '@shared/domain/standards';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicences } from '@renderer/data/licences';
import { useDeclarationSets, usePatentAssumptions, useRoyaltyRates } from '@renderer/data/standards';
import { useStandardsReference } from '@renderer/data/standards-reference';
import { useVendors } from '@renderer/data/vendors';

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
  /** The reference list in use (edited or built in): titles, and the generation of each number. */
  references: readonly StandardListEntry[];
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
  const references = useStandardsReference();
  return useMemo(() => {
    if (!vendors || !dependencies || !licences || !sets || !rates || !assumptions || !references)
      return undefined;
    const { inForce, matches, index } = standardsExposure({
      sets,
      vendors,
      dependencies,
      licences,
      references,
      essentialityRates: assumptions.essentialityRates,
    });
    return { vendors, dependencies, licences, sets, inForce, rates, assumptions, references, matches, index };
  }, [vendors, dependencies, licences, sets, rates, assumptions, references]);
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
