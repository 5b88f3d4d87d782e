import { concentrationBand, type ConcentrationBand } from '../concentration';
import type { HolderFamilies } from './declaration-set';
import type { FlaggedGeneration } from './generation';
import type { ExposureIndex, Party } from './exposure-index';
import { parseStandard, standardKey, type ParsedStandard } from './standard-number';
import { generationOfParsed, parsedCovers } from './standard-scope';

/**
 * How a party's families on a standard are covered: `licensed` (a SEP licence of ours with it covers the
 * standard), `supplier` (every dependency implementing the standard has a supply contract indemnifying
 * IP), `partial` (some of them do), `uncovered` (none, and no licence).
 */
export type StandardCoverage = 'licensed' | 'supplier' | 'partial' | 'uncovered';

export interface PartyExposure extends Party {
  /** Declared families on the standard: the raw figure. */
  families: number;
  share: number;
  /** families × essentialityRate ÷ 100: the figure under the user's assumption. */
  adjustedFamilies: number;
  adjustedShare: number;
  coverage: StandardCoverage;
  /** The SEP licences that cover the standard, when licensed. */
  licenceIds: string[];
}

export interface CountryExposure {
  /** undefined for parties whose country nobody gave. */
  country?: string;
  families: number;
  share: number;
  adjustedFamilies: number;
  adjustedShare: number;
}

/** Concentration of declared families over parties: HHI = Σ (100 × share)², bands of design §3. */
export interface FamilyConcentration {
  hhi: number;
  band: ConcentrationBand;
}

export interface StandardExposure {
  /** The standard in its canonical spelling. */
  standard: string;
  /**
   * Which declarations count: those on this number (`number`), those flagged with the tag's generation
   * (`generation`), or none (`none`: a release tag naming no generation, which no declaration carries).
   */
  matchedBy: 'number' | 'generation' | 'none';
  generation?: FlaggedGeneration;
  dependencyIds: string[];
  /** The dependencies among them whose supply contract indemnifies IP. */
  indemnifiedDependencyIds: string[];
  families: number;
  adjustedFamilies: number;
  /** Most families first; ties by name, then party id. */
  parties: PartyExposure[];
  /** Most families first; the unknown country last. */
  countries: CountryExposure[];
  /** Over parties, raw and adjusted; undefined without any declared family. */
  concentration?: FamilyConcentration;
  adjustedConcentration?: FamilyConcentration;
  /** Share of families held by uncovered parties, and by partially covered ones, raw and adjusted. */
  uncoveredShare: number;
  adjustedUncoveredShare: number;
  partialShare: number;
  adjustedPartialShare: number;
}

const concentrationOf = (sumOfSquares: number, total: number): FamilyConcentration | undefined => {
  if (total <= 0) return undefined;
  const hhi = (10_000 * sumOfSquares) / (total * total);
  return { hhi, band: concentrationBand(hhi) };
};

const declarationsFor = (
  index: ExposureIndex,
  parsed: ParsedStandard,
): Pick<StandardExposure, 'matchedBy' | 'generation'> & { entries: readonly HolderFamilies[] } => {
  if (parsed.kind !== 'tag')
    return {
      matchedBy: 'number',
      entries: index.familiesByStandard.get(parsed.canonical.toLowerCase()) ?? [],
    };
  if (parsed.generation === undefined) return { matchedBy: 'none', entries: [] };
  return {
    matchedBy: 'generation',
    generation: parsed.generation,
    entries: index.familiesByGeneration.get(parsed.generation) ?? [],
  };
};

/** The SEP licences of a party that cover the standard. */
const coveringLicences = (index: ExposureIndex, party: Party, used: ParsedStandard): string[] => {
  if (!party.vendorId) return [];
  const generation = generationOfParsed(used, index.standardIndex);
  return (index.sepLicences.get(party.vendorId) ?? [])
    .filter((licence) => licence.entries.some((entry) => parsedCovers(entry, used, generation)))
    .map((licence) => licence.licenceId);
};

/**
 * Coverage of one party for one dependency and one standard: licensed, else covered by the dependency's
 * supplier (IP indemnity = yes on its supply contract), else uncovered.
 */
export const dependencyCoverage = (
  index: ExposureIndex,
  dependencyId: string,
  standard: string,
  partyId: string,
): 'licensed' | 'supplier' | 'uncovered' => {
  const party = index.parties.find((candidate) => candidate.partyId === partyId);
  if (party && coveringLicences(index, party, parseStandard(standard)).length > 0) return 'licensed';
  return index.indemnified.has(dependencyId) ? 'supplier' : 'uncovered';
};

const byFamiliesThenName = (a: PartyExposure, b: PartyExposure): number =>
  b.families - a.families ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
  (a.partyId < b.partyId ? -1 : a.partyId > b.partyId ? 1 : 0);

const countriesOf = (parties: readonly PartyExposure[], total: number, adjustedTotal: number) => {
  const byCountry = new Map<string | undefined, { families: number; adjustedFamilies: number }>();
  for (const party of parties) {
    const entry = byCountry.get(party.country) ?? { families: 0, adjustedFamilies: 0 };
    entry.families += party.families;
    entry.adjustedFamilies += party.adjustedFamilies;
    byCountry.set(party.country, entry);
  }
  return [...byCountry]
    .map(([country, { families, adjustedFamilies }]) => ({
      ...(country !== undefined && { country }),
      families,
      share: total > 0 ? families / total : 0,
      adjustedFamilies,
      adjustedShare: adjustedTotal > 0 ? adjustedFamilies / adjustedTotal : 0,
    }))
    .sort(
      (a, b) =>
        Number(a.country === undefined) - Number(b.country === undefined) ||
        b.families - a.families ||
        ((a.country ?? '') < (b.country ?? '') ? -1 : 1),
    );
};

/**
 * Exposure of one standard in use: declared families per party (holders matched to one vendor merged),
 * shares per party and per country, HHI over parties, and the coverage of each party. Shares are of
 * declared families — self-declared, never checked for essentiality — and, beside them, of families
 * adjusted by each party's essentiality-rate assumption. One pass over the standard's declarations.
 */
export const standardExposure = (index: ExposureIndex, standard: string): StandardExposure => {
  const used = parseStandard(standard);
  const inUse = index.standardsInUse.get(standardKey(standard));
  const dependencyIds = inUse?.dependencyIds ?? [];
  const indemnifiedDependencyIds = dependencyIds.filter((id) => index.indemnified.has(id));
  const { entries, ...matched } = declarationsFor(index, used);

  const familiesOf = new Map<number, number>();
  for (const [holder, families] of entries) {
    const party = index.holderParty[holder] ?? -1;
    if (party >= 0) familiesOf.set(party, (familiesOf.get(party) ?? 0) + families);
  }
  let total = 0;
  let adjustedTotal = 0;
  for (const [party, families] of familiesOf) {
    total += families;
    adjustedTotal += (families * (index.parties[party]?.essentialityRate ?? 100)) / 100;
  }
  const supplierCoverage: StandardCoverage =
    dependencyIds.length > 0 && indemnifiedDependencyIds.length === dependencyIds.length
      ? 'supplier'
      : indemnifiedDependencyIds.length > 0
        ? 'partial'
        : 'uncovered';

  let sumOfSquares = 0;
  let adjustedSumOfSquares = 0;
  const shares = { uncovered: 0, adjustedUncovered: 0, partial: 0, adjustedPartial: 0 };
  const parties: PartyExposure[] = [];
  for (const [at, families] of familiesOf) {
    const party = index.parties[at];
    if (!party) continue;
    const adjustedFamilies = (families * party.essentialityRate) / 100;
    const licenceIds = coveringLicences(index, party, used);
    const coverage = licenceIds.length > 0 ? 'licensed' : supplierCoverage;
    const share = families / total;
    const adjustedShare = adjustedTotal > 0 ? adjustedFamilies / adjustedTotal : 0;
    sumOfSquares += families * families;
    adjustedSumOfSquares += adjustedFamilies * adjustedFamilies;
    if (coverage === 'uncovered') {
      shares.uncovered += share;
      shares.adjustedUncovered += adjustedShare;
    } else if (coverage === 'partial') {
      shares.partial += share;
      shares.adjustedPartial += adjustedShare;
    }
    parties.push({ ...party, families, share, adjustedFamilies, adjustedShare, coverage, licenceIds });
  }
  parties.sort(byFamiliesThenName);
  const concentration = concentrationOf(sumOfSquares, total);
  const adjustedConcentration = concentrationOf(adjustedSumOfSquares, adjustedTotal);
  return {
    standard: inUse?.standard ?? used.canonical,
    ...matched,
    dependencyIds,
    indemnifiedDependencyIds,
    families: total,
    adjustedFamilies: adjustedTotal,
    parties,
    countries: countriesOf(parties, total, adjustedTotal),
    ...(concentration && { concentration }),
    ...(adjustedConcentration && { adjustedConcentration }),
    uncoveredShare: shares.uncovered,
    adjustedUncoveredShare: shares.adjustedUncovered,
    partialShare: shares.partial,
    adjustedPartialShare: shares.adjustedPartial,
  };
};

/** Exposure of every standard the dependencies implement, in the order of their canonical spelling. */
export const allStandardExposures = (index: ExposureIndex): StandardExposure[] =>
  [...index.standardsInUse.values()]
    .map(({ standard }) => standard)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((standard) => standardExposure(index, standard));
