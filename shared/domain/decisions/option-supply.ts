import { assessSovereignty, type SovereigntyStatus } from '../sovereignty';
import { candidateKey, type CandidateVendor, type DecisionOption } from './decision-option';
import type { WhatIfBaseline, WhatIfDependency } from './what-if-records';

/**
 * Who supplies what share of a dependency once an option is carried out. Shares are whole percents as the
 * user types them (or their decimals), kept in percent so that criticality × percent stays an integer for
 * the concentration figures.
 */
export interface SupplyPart {
  /** null: this share of the service is given up (an exit option). */
  vendorId: string | null;
  /** 0–100. */
  percent: number;
  /** False for what stays with the dependency's current vendor. */
  moved: boolean;
}

export interface OptionSupply {
  /** The parts of each dependency the option moves; any other dependency keeps its vendor, 100 %. */
  parts: ReadonlyMap<string, readonly SupplyPart[]>;
  /** The synthetic vendors standing for the option's candidates, by their id in `parts`. */
  candidates: ReadonlyMap<string, CandidateVendor>;
  /** Level of any vendor in `parts`, candidates included. */
  levelOf: (vendorId: string) => SovereigntyStatus;
}

/** A candidate is not a record: it gets an id no UUID can be, derived from its name so moves share it. */
export const candidateVendorId = (candidate: Pick<CandidateVendor, 'name'>): string =>
  `candidate:${candidateKey(candidate.name)}`;

/** The parts of a dependency nobody moved: its vendor, in whole. */
export const unmovedParts = (dependency: Pick<WhatIfDependency, 'vendorId'>): SupplyPart[] => [
  { vendorId: dependency.vendorId, percent: 100, moved: false },
];

/**
 * Applies an option's moves to a copy of the supply of the dependencies it names. Moves of dependencies no
 * longer recorded are ignored, and a share beyond what is left with the current vendor is capped at it (the
 * schema refuses both; the what-if must still never throw on what it is given).
 */
export const applyMoves = (
  option: Pick<DecisionOption, 'moves'>,
  baseline: Pick<WhatIfBaseline, 'dependencyById' | 'vendorLevels'>,
): OptionSupply => {
  const parts = new Map<string, SupplyPart[]>();
  const candidates = new Map<string, CandidateVendor>();
  // Thousands of moves may name one candidate: its id is worked out once per name as typed.
  const candidateIds = new Map<string, string>();
  for (const move of option.moves) {
    const dependency = baseline.dependencyById.get(move.dependencyId);
    if (!dependency) continue;
    let target: string | null = move.toVendorId ?? null;
    if (move.candidate) {
      const { name } = move.candidate;
      target = candidateIds.get(name) ?? candidateVendorId(move.candidate);
      candidateIds.set(name, target);
      if (!candidates.has(target)) candidates.set(target, move.candidate);
    }
    let list = parts.get(dependency.id);
    if (!list) {
      list = unmovedParts(dependency);
      parts.set(dependency.id, list);
    }
    const current = list[0] as SupplyPart;
    const taken = Math.min(Math.max(move.share, 0), current.percent);
    current.percent -= taken;
    const existing = list.find((part) => part.vendorId === target);
    if (existing) existing.percent += taken;
    else list.push({ vendorId: target, percent: taken, moved: true });
  }
  for (const [id, list] of parts)
    parts.set(
      id,
      list.filter((part) => part.percent > 0),
    );

  const candidateLevels = new Map(
    [...candidates].map(([id, candidate]) => [id, assessSovereignty({ ...candidate, listings: [] }).level]),
  );
  return {
    parts,
    candidates,
    levelOf: (vendorId) => candidateLevels.get(vendorId) ?? baseline.vendorLevels.get(vendorId) ?? 'unrated',
  };
};

/** The parts of any dependency under an option: moved ones from the supply, the others whole. */
export const partsOf = (supply: OptionSupply, dependency: WhatIfDependency): readonly SupplyPart[] =>
  supply.parts.get(dependency.id) ?? unmovedParts(dependency);

/**
 * Calls `visit` with each part of the dependency, as partsOf gives them, without building the list for a
 * dependency nobody moved: the what-if visits every dependency of a domain, and most are not moved.
 */
export const forEachPart = (
  supply: OptionSupply,
  dependency: WhatIfDependency,
  visit: (vendorId: string | null, percent: number, moved: boolean) => void,
): void => {
  const parts = supply.parts.get(dependency.id);
  if (!parts) visit(dependency.vendorId, 100, false);
  else for (const part of parts) visit(part.vendorId, part.percent, part.moved);
};

/** The share of the dependency still supplied by someone (less than 100 after a partial exit). */
export const presentPercent = (parts: readonly SupplyPart[]): number =>
  parts.reduce((sum, part) => sum + (part.vendorId === null ? 0 : part.percent), 0);

/** No supply option is applied: today. */
export const noMoves = (baseline: Pick<WhatIfBaseline, 'dependencyById' | 'vendorLevels'>): OptionSupply =>
  applyMoves({ moves: [] }, baseline);
