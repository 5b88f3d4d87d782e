import type { Dependency } from '../dependency';
import type { DeclarationSet } from './declaration-set';
import type { StandardExposure, StandardExposureSummary } from './exposure';
import {
  buildExposureIndex,
  type ExposureDependency,
  type ExposureIndex,
  type ExposureLicence,
  type ExposureVendor,
} from './exposure-index';
import { matchHolders, type HolderMatch, type MatchableVendor } from './holder-match';
import { mergeDeclarationAggregates } from './merge-aggregates';
import { hasRoyaltyStack } from './royalty-stack';
import type { StandardRef } from './standard-ref';

const emptyAggregates = { families: 0, holders: [], standards: [], generations: [] };

/** The declarations that count: the newest set of each source (older ones are kept for comparison only). */
export const declarationsInForce = (sets: readonly DeclarationSet[]): DeclarationSet[] =>
  sets.filter((set) => set.replacedAt === undefined);

export interface StandardsExposureInput {
  /** Every stored set; only those in force are read. */
  sets: readonly DeclarationSet[];
  vendors: readonly (ExposureVendor & MatchableVendor)[];
  dependencies: readonly ExposureDependency[];
  licences: readonly ExposureLicence[];
  references: readonly StandardRef[];
  essentialityRates?: Readonly<Record<string, number>>;
}

export interface StandardsExposure {
  /** The newest set of each source: the declarations that count. */
  inForce: DeclarationSet[];
  /** Each declaring holder matched (or not) to a vendor. */
  matches: HolderMatch[];
  index: ExposureIndex;
}

/**
 * The exposure of the workspace as the Standards screen, the Dashboard and the board report all show it: the
 * sets in force merged, their holders matched to vendors (exact matches only: a suggestion or an ambiguity
 * waits for the user), then indexed with the dependencies, licences and assumptions.
 */
export const standardsExposure = (input: StandardsExposureInput): StandardsExposure => {
  const inForce = declarationsInForce(input.sets);
  const aggregates = mergeDeclarationAggregates(inForce.map((set) => set.aggregates)) ?? emptyAggregates;
  const matches = matchHolders(aggregates.holders, input.vendors);
  const index = buildExposureIndex({
    aggregates,
    holderVendorIds: matches.map((match) => (match.status === 'matched' ? match.vendorId : undefined)),
    vendors: input.vendors,
    dependencies: input.dependencies,
    licences: input.licences,
    references: input.references,
    ...(input.essentialityRates && { essentialityRates: input.essentialityRates }),
  });
  return { inForce, matches, index };
};

/** The exposure index alone, for readers that need no holder matches. */
export const standardsExposureIndex = (input: StandardsExposureInput): ExposureIndex =>
  standardsExposure(input).index;

/**
 * The standards with declared families, largest uncovered share first (then most families, then by
 * number): where the operator is least protected. A standard nobody declared on has no share to rank.
 */
export const topStandardsByUncoveredShare = <T extends StandardExposureSummary>(
  exposures: readonly T[],
  count: number,
): T[] =>
  exposures
    .filter((exposure) => exposure.families > 0)
    .sort(
      (a, b) =>
        b.uncoveredShare - a.uncoveredShare ||
        b.families - a.families ||
        (a.standard < b.standard ? -1 : a.standard > b.standard ? 1 : 0),
    )
    .slice(0, Math.max(0, count));

/** A holder country over every standard in use. */
export interface HolderCountry {
  /** undefined for holders whose country nobody gave. */
  country?: string;
  /** Distinct parties (holders of one vendor merged) with declared families on a standard in use. */
  holders: number;
  /** Declared families on the standards in use, summed standard by standard. */
  families: number;
  /** 0–1 of all the declared families on the standards in use. */
  share: number;
}

/**
 * Holders by country over every standard in use: how many parties sit there and their share of the
 * declared families, counted standard by standard (a family declared on two standards in use counts on
 * each, as each standard's own figures count it). Most families first, then by country; the unknown
 * country last.
 */
export const holdersByCountry = (exposures: readonly StandardExposure[]): HolderCountry[] => {
  const byCountry = new Map<string | undefined, { parties: Set<string>; families: number }>();
  let total = 0;
  for (const exposure of exposures)
    for (const party of exposure.parties) {
      if (party.families <= 0) continue;
      const entry = byCountry.get(party.country) ?? { parties: new Set<string>(), families: 0 };
      entry.parties.add(party.partyId);
      entry.families += party.families;
      byCountry.set(party.country, entry);
      total += party.families;
    }
  return [...byCountry]
    .map(([country, { parties, families }]) => ({
      ...(country !== undefined && { country }),
      holders: parties.size,
      families,
      share: total > 0 ? families / total : 0,
    }))
    .sort(
      (a, b) =>
        Number(a.country === undefined) - Number(b.country === undefined) ||
        b.families - a.families ||
        ((a.country ?? '') < (b.country ?? '') ? -1 : 1),
    );
};

type DeviceCandidate = Pick<Dependency, 'id' | 'name' | 'kind' | 'criticality' | 'standards'>;

/**
 * The main devices: dependencies of a device or module kind implementing at least one standard, the most
 * critical first (then by name), at most `count`.
 */
export const mainDevices = <T extends DeviceCandidate>(dependencies: readonly T[], count: number): T[] =>
  dependencies
    .filter(hasRoyaltyStack)
    .sort(
      (a, b) =>
        b.criticality - a.criticality ||
        a.name.localeCompare(b.name) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, Math.max(0, count));
