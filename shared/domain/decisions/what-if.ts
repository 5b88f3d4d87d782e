import { networkDomainValues, type NetworkDomain } from '../dependency';
import { riskLevel, riskScore, type RiskLevel } from '../risk-score';
import type { Decision, DecisionSubject } from './decision';
import { switchingCostKinds, type DecisionOption, type SwitchingCosts } from './decision-option';
import { applyMoves, noMoves } from './option-supply';
import { concentrationChanges, type DomainChange } from './what-if-concentration';
import { exposureToday, exposureUnder, type SovereigntyExposure } from './what-if-exposure';
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

/** The subject's dependencies and today's figures about them, the same for every option of a decision. */
interface SubjectToday {
  ids: ReadonlySet<string>;
  involved: readonly WhatIfDependency[];
  suppliers: SupplierMix;
  continuity: Continuity;
}

// Keyed by the subject object: the options of one decision are given the same one, so today's figures are
// worked out once per decision rather than once per option. A new subject object is simply worked out again.
const subjectsToday = new WeakMap<WhatIfBaseline, WeakMap<DecisionSubject, SubjectToday>>();

const todayFigures = (
  baseline: WhatIfBaseline,
  involved: readonly WhatIfDependency[],
): Pick<SubjectToday, 'suppliers' | 'continuity'> => {
  const today = noMoves(baseline);
  return {
    suppliers: supplierMix(involved, today),
    continuity: continuityUnder(baseline, involved, today, null),
  };
};

const subjectToday = (baseline: WhatIfBaseline, subject: DecisionSubject): SubjectToday => {
  let bySubject = subjectsToday.get(baseline);
  if (!bySubject) {
    bySubject = new WeakMap();
    subjectsToday.set(baseline, bySubject);
  }
  let entry = bySubject.get(subject);
  if (!entry) {
    const ids = subjectDependencyIds(subject, baseline);
    const involved = ids.map((id) => baseline.dependencyById.get(id) as WhatIfDependency);
    entry = { ids: new Set(ids), involved, ...todayFigures(baseline, involved) };
    bySubject.set(subject, entry);
  }
  return entry;
};

/** The subject's dependencies and those the option moves, with today's figures about them. */
const involvedToday = (
  baseline: WhatIfBaseline,
  subject: SubjectToday,
  option: Pick<DecisionOption, 'moves'>,
): Pick<SubjectToday, 'involved' | 'suppliers' | 'continuity'> => {
  const extra = new Set<string>();
  for (const { dependencyId } of option.moves)
    if (!subject.ids.has(dependencyId) && baseline.dependencyById.has(dependencyId)) extra.add(dependencyId);
  if (extra.size === 0) return subject;
  const involved = [
    ...subject.involved,
    ...[...extra].map((id) => baseline.dependencyById.get(id) as WhatIfDependency),
  ];
  return { involved, ...todayFigures(baseline, involved) };
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

/**
 * What-if of one option against today: its moves are applied to a copy of the supply of the dependencies it
 * names (the records themselves are not touched), then the existing computations run on that copy.
 */
export const whatIfOption = (
  baseline: WhatIfBaseline,
  decision: DecisionContext,
  option: DecisionOption,
): OptionWhatIf => {
  const supply = applyMoves(option, baseline);
  const { involved, ...before } = involvedToday(baseline, subjectToday(baseline, decision.subject), option);
  return {
    optionId: option.id,
    involvedIds: involved.map((dependency) => dependency.id),
    concentration: concentrationChanges(baseline, supply, affectedDomains(decision, involved)),
    exposure: { before: exposureToday(baseline), after: exposureUnder(baseline, supply) },
    suppliers: { before: before.suppliers, after: supplierMix(involved, supply) },
    licence: licenceChange(baseline, involved, supply, option),
    continuity: { before: before.continuity, after: continuityUnder(baseline, involved, supply, option) },
    residuals: residualChanges(baseline, option),
    costs: optionCosts(option, decision.costHorizonYears),
    monthsToImplement: option.monthsToImplement,
  };
};
