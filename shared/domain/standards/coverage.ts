import type { ExposureIndex, Party } from './exposure-index';
import type { Generation } from './generation';
import { parseStandard, type ParsedStandard } from './standard-number';
import { generationOfParsed, tagCovers } from './standard-scope';

/**
 * How a party's families on a standard are covered: `licensed` (a SEP licence of ours with it covers the
 * standard), `supplier` (every dependency implementing the standard has a supply contract indemnifying
 * IP), `partial` (some of them do), `uncovered` (none, and no licence).
 */
export type StandardCoverage = 'licensed' | 'supplier' | 'partial' | 'uncovered';

const none: readonly string[] = Object.freeze([]);

/** A standard in use, parsed once for all the parties it is checked against. */
export interface UsedStandard {
  parsed: ParsedStandard;
  key: string;
  generation: Generation | undefined;
}

export const usedStandard = (index: ExposureIndex, standard: string): UsedStandard => {
  const parsed = parseStandard(standard);
  return {
    parsed,
    key: parsed.canonical.toLowerCase(),
    generation: generationOfParsed(parsed, index.standardIndex),
  };
};

/** The SEP licences of a party that cover the standard (parsedCovers, on entries parsed beforehand). */
export const coveringLicences = (
  index: ExposureIndex,
  party: Party,
  used: UsedStandard,
): readonly string[] => {
  const licences = party.vendorId === undefined ? undefined : index.sepLicences.get(party.vendorId);
  if (!licences) return none;
  let ids: string[] | undefined;
  for (const licence of licences)
    if (
      licence.entries.some(
        (entry) => entry.key === used.key || tagCovers(entry.parsed, used.parsed, used.generation),
      )
    )
      (ids ??= []).push(licence.licenceId);
  return ids ?? none;
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
  if (party && coveringLicences(index, party, usedStandard(index, standard)).length > 0) return 'licensed';
  return index.indemnified.has(dependencyId) ? 'supplier' : 'uncovered';
};
