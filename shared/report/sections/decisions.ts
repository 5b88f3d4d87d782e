import {
  compareDecision,
  latestRevisions,
  prepareWhatIf,
  type CriterionValues,
  type Decision,
  type DecisionOption,
  type DecisionOptionKind,
  type DecisionStatus,
  type DecisionWeights,
  type LicenceStanding,
  type NetworkDomain,
  type OptionCosts,
  type OptionCriteria,
  type RankedOption,
  type SelfApproval,
  type WhatIfBaseline,
} from '../../domain';
import type { ReportContext } from '../context';
import type { ScopedRecords } from '../scope';
import { reportSources } from '../sources';

/** One option of a decision as the comparison table shows it: the what-if's raw values, score and rank. */
export interface ReportDecisionOption {
  optionId: string;
  title: string;
  kind: DecisionOptionKind;
  /** Each criterion's raw value (lower is better), as the core's comparison scores them. */
  values: CriterionValues;
  costs: OptionCosts;
  /** The licence terms after the option, which the licence criterion's value stands for. */
  licence: LicenceStanding;
  /** 0–100. */
  weightedScore: number;
  /** 1 = best. */
  rank: number;
  chosen: boolean;
}

/** HHI of a domain today and after each option (in the options' order), for the what-if chart. */
export interface ReportDomainWhatIf {
  domain: NetworkDomain;
  today: number;
  options: number[];
}

/**
 * What the board is asked to take note of: the approved choice, a choice proposed but not yet approved, or
 * — nothing chosen yet — the option the comparison ranks first.
 */
export interface ReportRecommendation {
  basis: 'approved' | 'proposed' | 'top-ranked';
  optionId: string;
  rationale?: string;
}

/** The smallest change of one weight (the others rescaled in proportion) that changes the top-ranked option. */
export interface ReportSensitivity {
  criterion: keyof DecisionWeights;
  fromWeight: number;
  toWeight: number;
  newWinnerId: string;
}

export interface ReportDecision {
  decisionId: string;
  question: string;
  owner: string;
  dueDate?: string;
  status: DecisionStatus;
  revision: number;
  approvedBy?: string;
  approvedAt?: string;
  /** Set when the approver also created the revision or changed it last (single-person sign-off). */
  selfApproval?: SelfApproval;
  /** Still open and its due date is before the report's date. */
  overdue: boolean;
  weights: DecisionWeights;
  costHorizonYears: number;
  /** In the order they were entered. */
  options: ReportDecisionOption[];
  concentration: ReportDomainWhatIf[];
  recommendation: ReportRecommendation;
  /** Null when no single weight change from 0 to 100 % changes the top-ranked option. */
  sensitivity: ReportSensitivity | null;
  source: string;
}

/** The latest revision of each decision within the scope: open ones soonest due first, then those decided. */
export interface DecisionsSection {
  open: ReportDecision[];
  decided: ReportDecision[];
  source: string;
}

/** A decision is in the report when its subject touches the report's scope (no scope: every decision). */
const inScope = (decision: Decision, scoped: ScopedRecords, context: ReportContext): boolean => {
  const { domains = [], vendorIds = [] } = context.options.scope;
  if (domains.length === 0 && vendorIds.length === 0) return true;
  const { subject } = decision;
  switch (subject.type) {
    case 'dependencies':
      return subject.dependencyIds.some((id) => scoped.dependencyIds.has(id));
    case 'vendor':
      return scoped.vendorIds.has(subject.vendorId);
    case 'domain':
      return (
        (domains.length === 0 || domains.includes(subject.domain)) &&
        (vendorIds.length === 0 || scoped.dependencies.some((d) => d.domain === subject.domain))
      );
  }
};

/**
 * One decision's comparison, by the core's what-if, criteria, ranking and sensitivity functions (the ones
 * the Decisions screens use), on the whole workspace as it is today: an option's effect on a domain's
 * concentration does not depend on the report's scope.
 */
const reportDecision = (decision: Decision, baseline: WhatIfBaseline, today: string): ReportDecision => {
  const { whatIfs, criteria, comparison } = compareDecision(baseline, decision);
  const ranked = new Map(comparison.ranking.map((entry) => [entry.optionId, entry]));
  const options = whatIfs.map((whatIf, index): ReportDecisionOption => {
    // The three lists run in the options' order: whatIfs from the options, criteria from the whatIfs.
    const option = decision.options[index] as DecisionOption;
    const entry = ranked.get(option.id) as RankedOption;
    return {
      optionId: option.id,
      title: option.title,
      kind: option.kind,
      values: (criteria[index] as OptionCriteria).values,
      costs: whatIf.costs,
      licence: whatIf.licence.after,
      weightedScore: entry.weightedScore,
      rank: entry.rank,
      chosen: option.id === decision.chosenOptionId,
    };
  });
  const todayHhi = new Map<NetworkDomain, number>();
  for (const whatIf of whatIfs)
    for (const { domain, before } of whatIf.concentration) todayHhi.set(domain, before.hhi);
  const concentration = (criteria[0]?.concentrationDomains ?? []).map(({ domain }) => ({
    domain,
    today: todayHhi.get(domain) ?? 0,
    options: criteria.map(
      (option) => option.concentrationDomains.find((entry) => entry.domain === domain)?.hhi ?? 0,
    ),
  }));
  const smallest = comparison.sensitivity.smallest;
  const open = decision.status !== 'approved';
  return {
    decisionId: decision.id,
    question: decision.question,
    owner: decision.owner,
    ...(decision.dueDate !== undefined && { dueDate: decision.dueDate }),
    status: decision.status,
    revision: decision.revision,
    ...(decision.approvedBy !== undefined && { approvedBy: decision.approvedBy }),
    ...(decision.approvedAt !== undefined && { approvedAt: decision.approvedAt }),
    ...(decision.selfApproval !== undefined && { selfApproval: decision.selfApproval }),
    overdue: open && decision.dueDate !== undefined && decision.dueDate < today,
    weights: decision.weights,
    costHorizonYears: decision.costHorizonYears,
    options,
    concentration,
    recommendation:
      decision.chosenOptionId !== undefined
        ? {
            basis: open ? 'proposed' : 'approved',
            optionId: decision.chosenOptionId,
            ...(decision.rationale !== undefined && { rationale: decision.rationale }),
          }
        : { basis: 'top-ranked', optionId: comparison.winnerId ?? '' },
    sensitivity: smallest && {
      criterion: smallest.criterion,
      fromWeight: smallest.fromWeight,
      toWeight: smallest.toWeight,
      newWinnerId: smallest.newWinnerId,
    },
    source: reportSources.decision(decision.id),
  };
};

const byDue = (a: ReportDecision, b: ReportDecision): number =>
  (a.dueDate === undefined ? 1 : 0) - (b.dueDate === undefined ? 1 : 0) ||
  (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
  a.question.localeCompare(b.question);

const byApproval = (a: ReportDecision, b: ReportDecision): number =>
  (b.approvedAt ?? '').localeCompare(a.approvedAt ?? '') || a.question.localeCompare(b.question);

/** "Decisions and options": the open and decided questions, each option compared, the recommendation. */
export const buildDecisions = (context: ReportContext): DecisionsSection => {
  const { data, scoped } = context;
  const decisions = latestRevisions(data.decisions).filter((decision) => inScope(decision, scoped, context));
  // The what-if's indexes are built once for every decision, and only when there is one to compare.
  const baseline = decisions.length > 0 ? prepareWhatIf(data) : undefined;
  const reported = baseline
    ? decisions.map((decision) => reportDecision(decision, baseline, data.today))
    : [];
  return {
    open: reported.filter((decision) => decision.status !== 'approved').sort(byDue),
    decided: reported.filter((decision) => decision.status === 'approved').sort(byApproval),
    source: reportSources.decisions,
  };
};
