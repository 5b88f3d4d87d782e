import type { Dependency } from '../dependency';
import type { Licence } from '../licence';
import type { Vendor } from '../vendor';
import type { DeclarationAggregates, HolderFamilies } from './declaration-set';
import type { FlaggedGeneration } from './generation';
import { parseStandard, standardKey, type ParsedStandard } from './standard-number';
import type { StandardRef } from './standard-ref';
import { buildStandardIndex, licenceStandardEntries, type StandardIndex } from './standard-scope';

export type ExposureLicence = Pick<
  Licence,
  'id' | 'type' | 'vendorId' | 'dependencyIds' | 'standard' | 'clauses'
>;
export type ExposureDependency = Pick<Dependency, 'id'> & { standards: readonly string[] };
export type ExposureVendor = Pick<Vendor, 'id' | 'name' | 'hqCountry'>;

export interface ExposureInput {
  aggregates: DeclarationAggregates;
  /** The vendor each holder is (by index in aggregates.holders), once matched; undefined for one that is not. */
  holderVendorIds: readonly (string | undefined)[];
  vendors: readonly ExposureVendor[];
  dependencies: readonly ExposureDependency[];
  licences: readonly ExposureLicence[];
  /** The reference list in use (built-in or edited): it says which generation a number belongs to. */
  references: readonly StandardRef[];
  /**
   * An assumption per party (by partyId): the percentage, 0–100, of its declared families that are truly
   * essential. Parties without one keep 100 %, i.e. the declared figure.
   */
  essentialityRates?: Readonly<Record<string, number>>;
}

/**
 * Who holds families, once holders are matched: a vendor (`partyId` = its id, every holder matched to it
 * merged) or a holder that is no vendor yet (`partyId` = `holder:` + its normalised name). Its country is
 * the vendor's headquarters, else the one the declarations file gives (the template only).
 */
export interface Party {
  partyId: string;
  vendorId?: string;
  name: string;
  country?: string;
  holderKeys: string[];
  essentialityRate: number;
}

export interface SepLicence {
  licenceId: string;
  /** Each standard the licence names, parsed, with its standardKey. */
  entries: { parsed: ParsedStandard; key: string }[];
}

/** Everything exposure needs, indexed once per change of the data, then read per standard. */
export interface ExposureIndex {
  parties: Party[];
  /** Party index of each holder of the aggregates. */
  holderParty: Int32Array;
  /** The distinct countries of the parties (undefined: none known), and each party's index among them. */
  countries: (string | undefined)[];
  partyCountry: Int32Array;
  familiesByStandard: ReadonlyMap<string, readonly HolderFamilies[]>;
  familiesByGeneration: ReadonlyMap<FlaggedGeneration, readonly HolderFamilies[]>;
  standardIndex: StandardIndex;
  /** A vendor's SEP licences (type patent-sep, the vendor as licensor), their standards parsed. */
  sepLicences: ReadonlyMap<string, readonly SepLicence[]>;
  /** Dependencies whose supply contract (a licence of theirs of a non-patent type) indemnifies IP: yes. */
  indemnified: ReadonlySet<string>;
  /** Standards in use: canonical spelling and the dependencies implementing it, by standardKey. */
  standardsInUse: ReadonlyMap<string, { standard: string; dependencyIds: string[] }>;
}

const clampRate = (rate: number | undefined): number =>
  rate === undefined || !Number.isFinite(rate) ? 100 : Math.min(100, Math.max(0, rate));

const partiesOf = (input: ExposureInput): { parties: Party[]; holderParty: Int32Array } => {
  const vendors = new Map(input.vendors.map((vendor) => [vendor.id, vendor]));
  const parties: Party[] = [];
  const byId = new Map<string, number>();
  const holderParty = new Int32Array(input.aggregates.holders.length);
  input.aggregates.holders.forEach((holder, index) => {
    const vendorId = input.holderVendorIds[index];
    const vendor = vendorId === undefined ? undefined : vendors.get(vendorId);
    const partyId = vendor ? vendor.id : `holder:${holder.key}`;
    let at = byId.get(partyId);
    if (at === undefined) {
      at = parties.length;
      byId.set(partyId, at);
      const country = vendor?.hqCountry ?? holder.country;
      parties.push({
        partyId,
        ...(vendor && { vendorId: vendor.id }),
        name: vendor?.name ?? holder.name,
        ...(country !== undefined && { country }),
        holderKeys: [],
        essentialityRate: clampRate(input.essentialityRates?.[partyId]),
      });
    }
    parties[at]?.holderKeys.push(holder.key);
    holderParty[index] = at;
  });
  return { parties, holderParty };
};

const licencesOf = (licences: readonly ExposureLicence[]) => {
  const sepLicences = new Map<string, SepLicence[]>();
  const indemnified = new Set<string>();
  for (const licence of licences) {
    if (licence.type === 'patent-sep' && licence.vendorId) {
      const list = sepLicences.get(licence.vendorId) ?? [];
      const entries = licenceStandardEntries(licence.standard).map((entry) => {
        const parsed = parseStandard(entry);
        return { parsed, key: parsed.canonical.toLowerCase() };
      });
      list.push({ licenceId: licence.id, entries });
      sepLicences.set(licence.vendorId, list);
    }
    // A supply contract is any licence of a dependency that is not itself a patent licence.
    if (!licence.type.startsWith('patent-') && licence.clauses.ipIndemnity === 'yes')
      for (const dependencyId of licence.dependencyIds) indemnified.add(dependencyId);
  }
  return { sepLicences, indemnified };
};

const standardsInUseOf = (dependencies: readonly ExposureDependency[]) => {
  const inUse = new Map<string, { standard: string; dependencyIds: string[] }>();
  for (const dependency of dependencies)
    for (const standard of dependency.standards) {
      const key = standardKey(standard);
      const entry = inUse.get(key) ?? { standard: parseStandard(standard).canonical, dependencyIds: [] };
      if (!entry.dependencyIds.includes(dependency.id)) entry.dependencyIds.push(dependency.id);
      inUse.set(key, entry);
    }
  return inUse;
};

/** Indexes the declarations, parties, licences and standards in use once; linear in all of them. */
export const buildExposureIndex = (input: ExposureInput): ExposureIndex => {
  const { parties, holderParty } = partiesOf(input);
  const countries = [...new Set(parties.map((party) => party.country))];
  const countryAt = new Map(countries.map((country, at) => [country, at]));
  return {
    parties,
    holderParty,
    countries,
    partyCountry: Int32Array.from(parties, (party) => countryAt.get(party.country) ?? 0),
    familiesByStandard: new Map(
      input.aggregates.standards.map((standard) => [standardKey(standard.number), standard.families]),
    ),
    familiesByGeneration: new Map(
      input.aggregates.generations.map((generation) => [generation.generation, generation.families]),
    ),
    standardIndex: buildStandardIndex(input.references),
    ...licencesOf(input.licences),
    standardsInUse: standardsInUseOf(input.dependencies),
  };
};
