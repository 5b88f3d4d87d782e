import type { ClauseName } from '../licence';
import { licenceClass, licenceClassValues, type LicenceClass } from '../spdx';
import type { DecisionOption } from './decision-option';
import { forEachPart, type OptionSupply } from './option-supply';
import type { WhatIfBaseline, WhatIfDependency, WhatIfLicence } from './what-if-records';

/**
 * 'none': nothing is left to license (every dependency involved is exited); null: no licence is recorded
 * for the dependencies involved and the option names none.
 */
export type LicenceStanding = LicenceClass | 'none' | null;

const rank = (standing: LicenceClass): number => licenceClassValues.indexOf(standing);

/** AND of two sets of terms: the more demanding class (the order of licenceClassValues). */
const moreDemanding = (a: LicenceClass | null, b: LicenceClass | null): LicenceClass | null =>
  a === null ? b : b === null ? a : rank(a) >= rank(b) ? a : b;

/**
 * A licence's class: from its SPDX expression when it has one; an open-source licence without one is
 * unknown; any other (commercial, SaaS, patent, standard IPR) is proprietary terms.
 */
export const classOfLicence = (licence: Pick<WhatIfLicence, 'type' | 'spdxExpression'>): LicenceClass =>
  licence.spdxExpression
    ? licenceClass(licence.spdxExpression)
    : licence.type === 'open-source'
      ? 'unknown'
      : 'proprietary';

export interface LicenceChange {
  /** The most demanding class among the licences of the dependencies involved. */
  before: LicenceStanding;
  after: LicenceStanding;
  /** The licences that make `before`. */
  licenceIds: string[];
  /** The class of the option's SPDX expression, when it has one. */
  optionClass: LicenceClass | null;
}

/**
 * Licence terms after the option: the class of its SPDX expression when it replaces every dependency
 * involved in whole; both sets of terms (the more demanding class) when today's supply partly remains; today's
 * class when the option names no licence; 'none' when everything involved is exited.
 */
export const licenceChange = (
  baseline: Pick<WhatIfBaseline, 'licencesByDependency'>,
  involved: readonly WhatIfDependency[],
  supply: OptionSupply,
  option: Pick<DecisionOption, 'spdxExpression'>,
): LicenceChange => {
  const licences = new Map<string, WhatIfLicence>();
  for (const dependency of involved)
    for (const licence of baseline.licencesByDependency.get(dependency.id) ?? [])
      licences.set(licence.id, licence);
  let before: LicenceClass | null = null;
  for (const licence of licences.values()) before = moreDemanding(before, classOfLicence(licence));

  let supplied = 0;
  let todayRemains = false;
  for (const dependency of involved)
    forEachPart(supply, dependency, (vendorId, percent, moved) => {
      if (vendorId !== null) supplied += percent;
      if (!moved) todayRemains = true;
    });
  const allExited = involved.length > 0 && supplied === 0;
  const optionClass = option.spdxExpression ? licenceClass(option.spdxExpression) : null;
  const after: LicenceStanding = allExited
    ? 'none'
    : optionClass === null
      ? before
      : todayRemains
        ? moreDemanding(before, optionClass)
        : optionClass;
  return { before, after, licenceIds: [...licences.keys()].sort(), optionClass };
};

/**
 * Licence burden, the licence criterion (lower is better): 0 when nothing is left to license, then 1–6 along
 * licenceClassValues (permissive … proprietary, unknown); terms not recorded count as unknown.
 */
export const licenceBurden = (standing: LicenceStanding): number =>
  standing === 'none' ? 0 : 1 + rank(standing ?? 'unknown');

/** Clauses that keep a service running while its supplier is replaced. */
export const supportClauses: readonly ClauseName[] = ['supportContinuity', 'stepIn'];

/** A contract with a support-continuity or step-in right counts its months at stake at this factor. */
export const supportedFactor = 0.5;

export interface DependencyContinuity {
  dependencyId: string;
  criticality: number;
  /** As recorded; null when not recorded (then it counts as 0 months: nothing known is at stake). */
  exitMonths: number | null;
  /** The largest share held by one supplier who could stop supplying it, 0–100. */
  atStakePercent: number;
  /** Whether that supplier's contract has (or the option seeks) support continuity or step-in rights. */
  supported: boolean;
  /** exitMonths × atStakePercent ÷ 100, × supportedFactor when supported. */
  monthsAtStake: number;
}

export interface Continuity {
  dependencies: DependencyContinuity[];
  /** Σ criticality × monthsAtStake ÷ Σ criticality: the continuity criterion (lower is better). */
  value: number;
}

const supportedToday = (
  baseline: Pick<WhatIfBaseline, 'licencesByDependency'>,
  dependency: WhatIfDependency,
) =>
  (baseline.licencesByDependency.get(dependency.id) ?? []).some(
    (licence) =>
      (licence.vendorId === undefined || licence.vendorId === dependency.vendorId) &&
      supportClauses.some((clause) => licence.clauses[clause] === 'yes'),
  );

/**
 * Continuity: if the supplier holding the largest share of a dependency stopped tomorrow, how many months of
 * its supply would need replacing. Dual-sourcing lowers the share at stake; a share taken open-source or
 * in-house, or given up, has no supplier who can stop; support-continuity or step-in rights halve the rest.
 */
export const continuityUnder = (
  baseline: Pick<WhatIfBaseline, 'licencesByDependency'>,
  involved: readonly WhatIfDependency[],
  supply: OptionSupply,
  option: Pick<DecisionOption, 'kind' | 'targetClauses'> | null,
): Continuity => {
  const sought = option !== null && supportClauses.some((clause) => option.targetClauses.includes(clause));
  // A share taken open-source or in-house has no supplier who can stop.
  const heldInHouse = option?.kind === 'open-or-in-house';
  const dependencies = involved.map((dependency): DependencyContinuity => {
    const today = supportedToday(baseline, dependency);
    let atStake = 0;
    let supported = false;
    let worst = 0;
    forEachPart(supply, dependency, (vendorId, percent, moved) => {
      if (vendorId === null || (moved && heldInHouse)) return;
      const partSupported = sought || (!moved && today);
      const weight = percent * (partSupported ? supportedFactor : 1);
      if (weight > worst) {
        worst = weight;
        atStake = percent;
        supported = partSupported;
      }
    });
    const exitMonths = dependency.exitMonths ?? null;
    return {
      dependencyId: dependency.id,
      criticality: dependency.criticality,
      exitMonths,
      atStakePercent: atStake,
      supported,
      monthsAtStake: ((exitMonths ?? 0) * worst) / 100,
    };
  });
  const totalCriticality = dependencies.reduce((sum, entry) => sum + entry.criticality, 0);
  const weighted = dependencies.reduce((sum, entry) => sum + entry.criticality * entry.monthsAtStake, 0);
  return { dependencies, value: totalCriticality === 0 ? 0 : weighted / totalCriticality };
};
