import { concentrationBand, type ConcentrationBand } from '../concentration';
import type { HolderFamilies } from './declaration-set';
import { coveringLicences, usedStandard, type StandardCoverage } from './coverage';
import type { ExposureIndex, Party } from './exposure-index';
import type { FlaggedGeneration } from './generation';
import { standardKey, type ParsedStandard } from './standard-number';

export interface PartyExposure extends Party {
  /** Declared families on the standard: the raw figure. */
  families: number;
  share: number;
  /** families × essentialityRate ÷ 100: the figure under the user's assumption. */
  adjustedFamilies: number;
  adjustedShare: number;
  coverage: StandardCoverage;
  /** The SEP licences that cover the standard, when licensed. */
  licenceIds: readonly string[];
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

/** The figures of a standard in use, with its largest parties: what a list of every standard shows. */
export interface StandardExposureSummary {
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
  partyCount: number;
  /** The largest parties (TOP_PARTIES), most families first; ties by name, then party id. */
  topParties: PartyExposure[];
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

/** A standard's exposure with every party: what the standard's own page shows. */
export interface StandardExposure extends StandardExposureSummary {
  parties: PartyExposure[];
}

/** Parties a summary names. */
export const TOP_PARTIES = 5;

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

const countriesOf = (index: ExposureIndex, sums: Float64Array, total: number, adjustedTotal: number) =>
  index.countries
    .flatMap((country, at): CountryExposure[] => {
      const families = sums[2 * at] ?? 0;
      const adjustedFamilies = sums[2 * at + 1] ?? 0;
      if (families === 0 && adjustedFamilies === 0) return [];
      return [
        {
          ...(country !== undefined && { country }),
          families,
          share: total > 0 ? families / total : 0,
          adjustedFamilies,
          adjustedShare: adjustedTotal > 0 ? adjustedFamilies / adjustedTotal : 0,
        },
      ];
    })
    .sort(
      (a, b) =>
        Number(a.country === undefined) - Number(b.country === undefined) ||
        b.families - a.families ||
        ((a.country ?? '') < (b.country ?? '') ? -1 : 1),
    );

const byFamiliesThenNameAt =
  (index: ExposureIndex, familiesOf: Float64Array) =>
  (a: number, b: number): number => {
    const byFamilies = (familiesOf[b] ?? 0) - (familiesOf[a] ?? 0);
    if (byFamilies !== 0) return byFamilies;
    const [first, second] = [index.parties[a], index.parties[b]];
    const [nameA, nameB] = [first?.name ?? '', second?.name ?? ''];
    if (nameA !== nameB) return nameA < nameB ? -1 : 1;
    return (first?.partyId ?? '') < (second?.partyId ?? '') ? -1 : 1;
  };

/**
 * One pass over a standard's declarations: families summed per party (holders matched to one vendor
 * merged), totals, HHI, coverage shares and countries, with no object per party; objects are made only
 * for the parties returned (all of them, or the largest `top`).
 */
const computeExposure = (
  index: ExposureIndex,
  standard: string,
  top: number | undefined,
): StandardExposure => {
  const inUse = index.standardsInUse.get(standardKey(standard));
  const dependencyIds = inUse?.dependencyIds ?? [];
  const indemnifiedDependencyIds = dependencyIds.filter((id) => index.indemnified.has(id));
  const used = usedStandard(index, standard);
  const { entries, ...matched } = declarationsFor(index, used.parsed);

  // Per party, in arrays: a standard may have thousands of holders, and exposure runs for every standard.
  const familiesOf = new Float64Array(index.parties.length);
  const present: number[] = [];
  for (const [holder, families] of entries) {
    const party = index.holderParty[holder] ?? -1;
    if (party < 0 || families <= 0) continue;
    if (familiesOf[party] === 0) present.push(party);
    familiesOf[party] = (familiesOf[party] ?? 0) + families;
  }
  let total = 0;
  let adjustedTotal = 0;
  for (const party of present) {
    const families = familiesOf[party] ?? 0;
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
  const countrySums = new Float64Array(2 * index.countries.length);
  for (const at of present) {
    const party = index.parties[at];
    if (!party) continue;
    const families = familiesOf[at] ?? 0;
    const adjustedFamilies = (families * party.essentialityRate) / 100;
    sumOfSquares += families * families;
    adjustedSumOfSquares += adjustedFamilies * adjustedFamilies;
    const country = index.partyCountry[at] ?? 0;
    countrySums[2 * country] = (countrySums[2 * country] ?? 0) + families;
    countrySums[2 * country + 1] = (countrySums[2 * country + 1] ?? 0) + adjustedFamilies;
    if (supplierCoverage === 'supplier' || coveringLicences(index, party, used).length > 0) continue;
    const bucket = supplierCoverage === 'partial' ? 'partial' : 'uncovered';
    shares[bucket] += families / total;
    shares[bucket === 'partial' ? 'adjustedPartial' : 'adjustedUncovered'] +=
      adjustedTotal > 0 ? adjustedFamilies / adjustedTotal : 0;
  }

  const order = byFamiliesThenNameAt(index, familiesOf);
  const chosen = top === undefined ? present.sort(order) : largest(present, top, order);
  const parties = chosen.flatMap((at) => {
    const party = index.parties[at];
    if (!party) return [];
    const families = familiesOf[at] ?? 0;
    const adjustedFamilies = (families * party.essentialityRate) / 100;
    const licenceIds = coveringLicences(index, party, used);
    const exposure: PartyExposure = {
      partyId: party.partyId,
      name: party.name,
      holderKeys: party.holderKeys,
      essentialityRate: party.essentialityRate,
      families,
      share: families / total,
      adjustedFamilies,
      adjustedShare: adjustedTotal > 0 ? adjustedFamilies / adjustedTotal : 0,
      coverage: licenceIds.length > 0 ? 'licensed' : supplierCoverage,
      licenceIds,
    };
    if (party.vendorId !== undefined) exposure.vendorId = party.vendorId;
    if (party.country !== undefined) exposure.country = party.country;
    return [exposure];
  });
  const concentration = concentrationOf(sumOfSquares, total);
  const adjustedConcentration = concentrationOf(adjustedSumOfSquares, adjustedTotal);
  return {
    standard: inUse?.standard ?? used.parsed.canonical,
    ...matched,
    dependencyIds,
    indemnifiedDependencyIds,
    families: total,
    adjustedFamilies: adjustedTotal,
    partyCount: present.length,
    topParties: parties.slice(0, TOP_PARTIES),
    parties,
    countries: countriesOf(index, countrySums, total, adjustedTotal),
    ...(concentration && { concentration }),
    ...(adjustedConcentration && { adjustedConcentration }),
    uncoveredShare: shares.uncovered,
    adjustedUncoveredShare: shares.adjustedUncovered,
    partialShare: shares.partial,
    adjustedPartialShare: shares.adjustedPartial,
  };
};

/** The `count` first of `items` in `order`, without sorting them all (an insertion into a short list). */
const largest = (
  items: readonly number[],
  count: number,
  order: (a: number, b: number) => number,
): number[] => {
  const kept: number[] = [];
  if (count <= 0) return kept;
  for (const item of items) {
    const last = kept[kept.length - 1];
    if (kept.length === count && last !== undefined && order(item, last) >= 0) continue;
    if (kept.length === count) kept.pop();
    let at = kept.length;
    kept.push(item);
    for (
      let before = kept[at - 1];
      at > 0 && before !== undefined && order(item, before) < 0;
      before = kept[at - 1]
    ) {
      kept[at] = before;
      at -= 1;
    }
    kept[at] = item;
  }
  return kept;
};

/**
 * Exposure of one standard in use, every party: declared families per party (holders matched to one
 * vendor merged), shares per party and per country, HHI over parties, and the coverage of each party.
 * Shares are of declared families — self-declared, never checked for essentiality — and, beside them, of
 * families adjusted by each party's essentiality-rate assumption.
 */
export const standardExposure = (index: ExposureIndex, standard: string): StandardExposure =>
  computeExposure(index, standard, undefined);

/** The summary of one standard: its figures and its largest parties only. */
export const standardExposureSummary = (index: ExposureIndex, standard: string): StandardExposureSummary => {
  const { parties: _parties, ...summary } = computeExposure(index, standard, TOP_PARTIES);
  return summary;
};

const inUseStandards = (index: ExposureIndex): string[] =>
  [...index.standardsInUse.values()]
    .map(({ standard }) => standard)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The summary of every standard the dependencies implement, in the order of their canonical spelling. */
export const allStandardExposures = (index: ExposureIndex): StandardExposureSummary[] =>
  inUseStandards(index).map((standard) => standardExposureSummary(index, standard));

/** Every standard in use with all its parties (for the findings, or a report listing every holder). */
export const allStandardExposuresInDetail = (index: ExposureIndex): StandardExposure[] =>
  inUseStandards(index).map((standard) => standardExposure(index, standard));
