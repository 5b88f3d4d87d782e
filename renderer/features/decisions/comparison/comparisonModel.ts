import {
  compareOptions,
  criterionValues,
  decisionCriteria,
  decisionWeightsSchema,
  networkDomainValues,
  prepareWhatIf,
  whatIfOption,
  type Comparison,
  type CriterionValues,
  type Decision,
  type DecisionCriterion,
  type DecisionOption,
  type DecisionWeights,
  type DomainConcentration,
  type NetworkDomain,
  type OptionCriteria,
  type OptionWhatIf,
  type RiskScoreFigure,
  type WhatIfBaseline,
  type WhatIfRecords,
} from '@shared/domain';

/** The id of the "today" column: no option's id can be it (option ids are UUIDs). */
export const todayId = 'today';

/**
 * Today as an option that changes nothing: run through the same what-if as the options, it gives today's
 * figures on exactly the same footing (same subject, same domains, same walk), with no second computation.
 */
export const todayOption: DecisionOption = {
  id: todayId,
  kind: 'renegotiate',
  title: '',
  notes: '',
  moves: [],
  oneOffCost: 0,
  annualCostDelta: 0,
  monthsToImplement: 0,
  switchingCosts: { equipment: 0, integration: 0, migration: 0, training: 0, licences: 0 },
  targetClauses: [],
  expectedResidual: {},
  followUp: [],
};

/** One column of the side-by-side table: today or an option, with its what-if and raw criterion values. */
export interface WhatIfColumn {
  id: string;
  /** The option's title; empty for today (the screen names it). */
  title: string;
  whatIf: OptionWhatIf;
  values: CriterionValues;
}

export interface DecisionWhatIfs {
  /** Today first, then the options in the order entered. */
  columns: WhatIfColumn[];
  /** What the ranking is computed from: the options only. */
  criteria: OptionCriteria[];
}

type DecisionContext = Pick<Decision, 'subject' | 'costHorizonYears' | 'options'>;

/** Today's indexes: once per change of the records, however many weights the user tries. */
export const prepareBaseline = (records: WhatIfRecords): WhatIfBaseline => prepareWhatIf(records);

/** The what-if of today and of every option: once per change of the decision or the records. */
export const decisionWhatIfs = (baseline: WhatIfBaseline, decision: DecisionContext): DecisionWhatIfs => {
  const today = whatIfOption(baseline, decision, todayOption);
  const options = decision.options.map((option) => whatIfOption(baseline, decision, option));
  // Today touches only the subject's domains, which every option touches too: the same domains are averaged.
  const withToday = criterionValues([today, ...options]);
  const titles = ['', ...decision.options.map((option) => option.title)];
  return {
    columns: [today, ...options].map((whatIf, index) => ({
      id: whatIf.optionId,
      title: titles[index] ?? '',
      whatIf,
      values: (withToday[index] as OptionCriteria).values,
    })),
    criteria: criterionValues(options),
  };
};

/** Cheap: run again on every weight change. */
export const rankOptions = (whatIfs: DecisionWhatIfs, weights: Readonly<DecisionWeights>): Comparison =>
  compareOptions(whatIfs.criteria, weights);

export interface HhiTerm {
  vendorId: string;
  /** The vendor's share in percent (100 × share). */
  percent: number;
  /** percent²: what the vendor adds to the HHI. */
  contribution: number;
}

/** The HHI as the concentration screen explains it: each share in percent, squared, summed; then the band. */
export interface HhiArithmetic {
  terms: HhiTerm[];
  /** The smaller vendors beyond those listed, summed in one term. */
  others: { count: number; contribution: number } | null;
  hhi: number;
  band: DomainConcentration['band'];
}

export const hhiArithmetic = (concentration: DomainConcentration, listed = 3): HhiArithmetic => {
  const terms = concentration.shares.map((share) => ({
    vendorId: share.vendorId,
    percent: 100 * share.share,
    contribution: (100 * share.share) ** 2,
  }));
  const rest = terms.slice(listed);
  return {
    terms: terms.slice(0, listed),
    others:
      rest.length === 0
        ? null
        : { count: rest.length, contribution: rest.reduce((sum, term) => sum + term.contribution, 0) },
    hhi: concentration.hhi,
    band: concentration.band,
  };
};

export interface DomainRow {
  domain: NetworkDomain;
  /** One per column; an option that leaves the domain alone keeps today's figure. */
  cells: { concentration: DomainConcentration; changed: boolean }[];
}

/** A row per domain any column touches, in the order of the domain list. */
export const domainRows = (columns: readonly WhatIfColumn[]): DomainRow[] => {
  const today = new Map<NetworkDomain, DomainConcentration>();
  for (const { whatIf } of columns)
    for (const change of whatIf.concentration)
      if (!today.has(change.domain)) today.set(change.domain, change.before);
  return networkDomainValues.flatMap((domain) => {
    const before = today.get(domain);
    if (!before) return [];
    return [
      {
        domain,
        cells: columns.map(({ whatIf }) => {
          const change = whatIf.concentration.find((entry) => entry.domain === domain);
          return change
            ? { concentration: change.after, changed: change.after.hhi !== change.before.hhi }
            : { concentration: before, changed: false };
        }),
      },
    ];
  });
};

export interface ResidualRow {
  riskId: string;
  /** One per column: the expected residual the option names, or null when it leaves the risk as it is. */
  cells: { figure: RiskScoreFigure; expected: boolean }[];
}

/** A row per risk any option names an expected residual for; today's column shows the residual as it is. */
export const residualRows = (columns: readonly WhatIfColumn[]): ResidualRow[] => {
  const today = new Map<string, RiskScoreFigure>();
  for (const { whatIf } of columns)
    for (const residual of whatIf.residuals)
      if (!today.has(residual.riskId)) today.set(residual.riskId, residual.before);
  return [...today].map(([riskId, before]) => ({
    riskId,
    cells: columns.map(({ whatIf }) => {
      const expected = whatIf.residuals.find((residual) => residual.riskId === riskId)?.expected;
      return expected ? { figure: expected, expected: true } : { figure: before, expected: false };
    }),
  }));
};

/**
 * Typed weights, checked by the decision's own schema (each 0–100, together 100): the weights when they can
 * be saved, else the message key of the first problem (an empty field, a value out of range, the sum).
 */
export const typedWeights = (
  typed: Readonly<Record<DecisionCriterion, number | string>>,
):
  | { weights: DecisionWeights; problem: null; total: number }
  | { weights: null; problem: string; total: number } => {
  const total = decisionCriteria.reduce((sum, criterion) => {
    const value = typed[criterion];
    return sum + (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  }, 0);
  const parsed = decisionWeightsSchema.safeParse(typed);
  return parsed.success
    ? { weights: parsed.data, problem: null, total }
    : { weights: null, problem: parsed.error.issues[0]?.message ?? 'decisions.validation.weightsSum', total };
};
