import { networkDomainValues, type NetworkDomain } from '../dependency';
import { riskLevel, riskScore, type RiskLevel } from '../risk-score';
import type { Decision } from './decision';
import { switchingCostKinds, type DecisionOption, type SwitchingCosts } from './decision-option';
import { applyMoves, noMoves, type OptionSupply } from './option-supply';
import { concentrationChanges, type DomainChange } from './what-if-concentration';
import { exposureUnder, type SovereigntyExposure } from './what-if-exposure';
import { supplierMix, type SupplierMix } from './what-if-suppliers';
import { continuityUnder, licenceChange, type Continuity, type LicenceChange } from './what-if-terms';
import { subjectDependencyIds, type WhatIfBaseline, type WhatIfDependency } from './what-if-records';

export interface RiskScoreFigure {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
}

export interface ResidualChange {
  riskId: string;
  /** Today's residual (falling back to inherent on each axis, as the register does). */
  before: RiskScoreFigure;
  expected: RiskScoreFigure;
}

export interface OptionCosts {
  oneOff: number;
  switching: SwitchingCosts;
  switchingTotal: number;
  annualDelta: number;
  horizonYears: number;
  /** oneOff + switchingTotal + annualDelta × horizonYears: the cost criterion. */
  total: number;
}

export interface Change<T> {
  before: T;
  after: T;
}

/** Everything an option does to the workspace, each figure beside today's with what it is made of. */
export interface OptionWhatIf {
  optionId: string;
  /** The subject's dependencies and those the option moves. */
  involvedIds: string[];
  concentration: DomainChange[];
  exposure: Change<SovereigntyExposure>;
  suppliers: Change<SupplierMix>;
  licence: LicenceChange;
  continuity: Change<Continuity>;
  residuals: ResidualChange[];
  costs: OptionCosts;
  monthsToImplement: number;
}

type DecisionContext = Pick<Decision, 'subject' | 'costHorizonYears'>;

const involvedDependencies = (
  baseline: WhatIfBaseline,
  decision: DecisionContext,
  option: Pick<DecisionOption, 'moves'>,
): WhatIfDependency[] => {
  const ids = new Set(subjectDependencyIds(decision.subject, baseline));
  for (const move of option.moves)
    if (baseline.dependencyById.has(move.dependencyId)) ids.add(move.dependencyId);
  return [...ids].map((id) => baseline.dependencyById.get(id) as WhatIfDependency);
};

/** Domains of the dependencies involved, and the subject's own domain, in the order of the domain list. */
const affectedDomains = (
  decision: DecisionContext,
  involved: readonly WhatIfDependency[],
): NetworkDomain[] => {
  const domains = new Set(involved.map((dependency) => dependency.domain));
  if (decision.subject.type === 'domain') domains.add(decision.subject.domain);
  return networkDomainValues.filter((domain) => domains.has(domain));
};

const figure = (likelihood: number, impact: number): RiskScoreFigure => {
  const score = riskScore(likelihood, impact);
  return { likelihood, impact, score, level: riskLevel(score) };
};

const residualChanges = (baseline: WhatIfBaseline, option: Pick<DecisionOption, 'expectedResidual'>) =>
  Object.entries(option.expectedResidual).flatMap(([riskId, [likelihood, impact]]): ResidualChange[] => {
    const risk = baseline.riskById.get(riskId);
    if (!risk) return [];
    const before = figure(risk.residualLikelihood ?? risk.likelihood, risk.residualImpact ?? risk.impact);
    return [{ riskId, before, expected: figure(likelihood, impact) }];
  });

export const optionCosts = (
  option: Pick<DecisionOption, 'oneOffCost' | 'switchingCosts' | 'annualCostDelta'>,
  horizonYears: number,
): OptionCosts => {
  const switchingTotal = switchingCostKinds.reduce((sum, kind) => sum + option.switchingCosts[kind], 0);
  return {
    oneOff: option.oneOffCost,
    switching: option.switchingCosts,
    switchingTotal,
    annualDelta: option.annualCostDelta,
    horizonYears,
    total: option.oneOffCost + switchingTotal + option.annualCostDelta * horizonYears,
  };
};

// Today's exposure is the same for every option: one walk of the whole graph per workspace, not per option.
const exposureToday = new WeakMap<WhatIfBaseline, SovereigntyExposure>();

const todayExposure = (baseline: WhatIfBaseline, today: OptionSupply): SovereigntyExposure => {
  let exposure = exposureToday.get(baseline);
  if (!exposure) {
    exposure = exposureUnder(baseline, today);
    exposureToday.set(baseline, exposure);
  }
  return exposure;
};

/**
 * What-if of one option against today: its moves are applied to a copy of the supply of the dependencies it
 * names (the records themselves are not touched), then the existing computations run on that copy.
 */
export const whatIfOption = (
  baseline: WhatIfBaseline,
  decision: DecisionContext,
  option: DecisionOption,
): OptionWhatIf => {
  const today: OptionSupply = noMoves(baseline);
  const supply = applyMoves(option, baseline);
  const involved = involvedDependencies(baseline, decision, option);
  return {
    optionId: option.id,
    involvedIds: involved.map((dependency) => dependency.id),
    concentration: concentrationChanges(baseline, supply, affectedDomains(decision, involved)),
    exposure: { before: todayExposure(baseline, today), after: exposureUnder(baseline, supply) },
    suppliers: { before: supplierMix(involved, today), after: supplierMix(involved, supply) },
    licence: licenceChange(baseline, involved, supply, option),
    continuity: {
      before: continuityUnder(baseline, involved, today, null),
      after: continuityUnder(baseline, involved, supply, option),
    },
    residuals: residualChanges(baseline, option),
    costs: optionCosts(option, decision.costHorizonYears),
    monthsToImplement: option.monthsToImplement,
  };
};
