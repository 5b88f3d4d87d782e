import { compareOptions, type Comparison } from './comparison';
import { criterionValues, type OptionCriteria } from './criterion-values';
import type { Decision } from './decision';
import { whatIfOption, type OptionWhatIf } from './what-if';
import type { WhatIfBaseline } from './what-if-records';

export interface DecisionComparison {
  /** One per option, in the options' order. */
  whatIfs: OptionWhatIf[];
  /** One per option, in the options' order. */
  criteria: OptionCriteria[];
  comparison: Comparison;
}

/**
 * A decision's options worked out and compared under its own weights: each option's what-if, the criteria's
 * raw values, then the ranking and sensitivity. What the board report and the workbook show of a decision.
 */
export const compareDecision = (
  baseline: WhatIfBaseline,
  decision: Pick<Decision, 'subject' | 'costHorizonYears' | 'options' | 'weights'>,
): DecisionComparison => {
  const whatIfs = decision.options.map((option) => whatIfOption(baseline, decision, option));
  const criteria = criterionValues(whatIfs);
  return { whatIfs, criteria, comparison: compareOptions(criteria, decision.weights) };
};
