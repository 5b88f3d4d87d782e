import { isActionOverdue, type Risk, type RiskAction } from '@shared/domain';
import { memoizeLast } from '@renderer/ui/memoizeLast';

/** One action of the treatment plan, with the risk it treats. */
export interface ActionRow {
  action: RiskAction;
  riskId: string;
  riskTitle: string;
  overdue: boolean;
}

/** Every action of every risk, in the order of the risks (by title) then of their actions. */
export const buildActionRows = (risks: readonly Risk[], today: string): ActionRow[] =>
  risks.flatMap((risk) =>
    risk.actions.map((action) => ({
      action,
      riskId: risk.id,
      riskTitle: risk.title,
      overdue: isActionOverdue(action, today),
    })),
  );

export const actionRowsOf = memoizeLast(buildActionRows);
