import {
  compareDecision,
  prepareWhatIf,
  type Decision,
  type DecisionOption,
  type OptionWhatIf,
  type RankedOption,
} from '../domain';
import type { RegisterContext } from './context';
import { column, day, optional, tabulate, type RegisterTable } from './register-table';

interface OptionRow {
  decision: Decision;
  option: DecisionOption;
  whatIf: OptionWhatIf;
  ranked: RankedOption;
}

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

const decisionColumns = [
  column<OptionRow>('question', 36, ({ decision }) => decision.question),
  column<OptionRow>('revision', 9, ({ decision }) => decision.revision),
  column<OptionRow>('latest', 9, ({ decision }, context) =>
    context.yesNo(context.isLatestDecision(decision.id)),
  ),
  column<OptionRow>('status', 12, ({ decision }, { labels }) => labels.assessmentStatus[decision.status]),
  column<OptionRow>('owner', 18, ({ decision }) => decision.owner),
  column<OptionRow>('dueDate', 12, ({ decision }) => day(decision.dueDate)),
  column<OptionRow>('option', 34, ({ option }) => option.title),
  column<OptionRow>('optionKind', 20, ({ option }, { labels }) => labels.optionKind[option.kind]),
  column<OptionRow>('oneOffCost', 12, ({ whatIf }) => whatIf.costs.oneOff),
  column<OptionRow>('switchingCosts', 12, ({ whatIf }) => whatIf.costs.switchingTotal),
  column<OptionRow>('annualCostDelta', 12, ({ whatIf }) => whatIf.costs.annualDelta),
  column<OptionRow>('costHorizonYears', 10, ({ whatIf }) => whatIf.costs.horizonYears),
  column<OptionRow>('totalCost', 14, ({ whatIf }) => whatIf.costs.total),
  column<OptionRow>('monthsToImplement', 10, ({ option }) => option.monthsToImplement),
  column<OptionRow>('weightedScore', 10, ({ ranked }) => oneDecimal(ranked.weightedScore)),
  column<OptionRow>('rank', 8, ({ ranked }) => ranked.rank),
  column<OptionRow>('chosen', 9, ({ decision, option }, context) =>
    context.yesNo(option.id === decision.chosenOptionId),
  ),
  column<OptionRow>('approvedBy', 18, ({ decision }) => optional(decision.approvedBy)),
  column<OptionRow>('approvedAt', 12, ({ decision }) => day(decision.approvedAt)),
  column<OptionRow>('id', 38, ({ decision }) => decision.id),
];

/**
 * One row per option of every decision (each revision, the latest marked): its costs and months as entered,
 * and its weighted score and rank as the comparison gives them under the decision's weights, worked out
 * on the workspace as it is now. A view for sorting and sharing: the import does not read it.
 */
export const decisionRegister = (context: RegisterContext): RegisterTable => {
  const decisions = context.records.decisions ?? [];
  // The what-if's indexes are built once for all decisions, and only when there is one.
  const baseline = decisions.length > 0 ? prepareWhatIf(context.records) : undefined;
  const rows = baseline
    ? decisions.flatMap((decision) => {
        const { whatIfs, comparison } = compareDecision(baseline, decision);
        const ranked = new Map(comparison.ranking.map((entry) => [entry.optionId, entry]));
        return decision.options.map((option, index): OptionRow => ({
          decision,
          option,
          whatIf: whatIfs[index] as OptionWhatIf,
          ranked: ranked.get(option.id) as RankedOption,
        }));
      })
    : [];
  return tabulate('decisions', rows, decisionColumns, context);
};
