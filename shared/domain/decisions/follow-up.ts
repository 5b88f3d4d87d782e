import type { Risk, RiskAction } from '../risk';
import type { DecisionOption } from './decision-option';

export interface RiskFollowUp {
  riskId: string;
  /** Actions to append to the risk's own, in the order of the option's follow-up. */
  actions: RiskAction[];
}

const sameTitle = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The chosen option's follow-up as treatment actions on the risks it concerns: each follow-up goes to the
 * risks it names, or to every risk the option mitigates (its expected residuals) when it names none. Risks
 * no longer recorded are skipped. A risk that already has an action of the same title (the same decision
 * approved again after a reopening) does not get it twice. Returns only the risks that gain an action,
 * in the order the follow-up first gives them an action.
 */
export const followUpActions = (
  option: Pick<DecisionOption, 'followUp' | 'expectedResidual'>,
  risks: Iterable<Pick<Risk, 'id' | 'actions'>>,
  newId: () => string = () => crypto.randomUUID(),
): RiskFollowUp[] => {
  const riskById = new Map<string, Pick<Risk, 'id' | 'actions'>>();
  for (const risk of risks) riskById.set(risk.id, risk);
  const mitigated = Object.keys(option.expectedResidual);
  const byRisk = new Map<string, RiskAction[]>();
  for (const followUp of option.followUp) {
    for (const riskId of followUp.riskIds.length > 0 ? followUp.riskIds : mitigated) {
      const risk = riskById.get(riskId);
      if (!risk) continue;
      const added = byRisk.get(riskId) ?? [];
      if ([...risk.actions, ...added].some((action) => sameTitle(action.title, followUp.title))) continue;
      added.push({
        id: newId(),
        title: followUp.title,
        ...(followUp.owner === undefined ? {} : { owner: followUp.owner }),
        ...(followUp.dueDate === undefined ? {} : { dueDate: followUp.dueDate }),
        status: 'todo',
      });
      byRisk.set(riskId, added);
    }
  }
  return [...byRisk].map(([riskId, actions]) => ({ riskId, actions }));
};
