import { isActionOverdue, type ActionStatus } from '../../domain';
import type { ReportContext } from '../context';
import { reportSources } from '../sources';

export interface TreatmentAction {
  actionId: string;
  title: string;
  riskId: string;
  riskTitle: string;
  owner?: string;
  dueDate?: string;
  status: ActionStatus;
  /** Its due date is before the report's date and it is not done. */
  overdue: boolean;
  source: string;
}

export interface TreatmentSection {
  /** Soonest due first, undated last; then by risk title and action title. */
  actions: TreatmentAction[];
  overdueCount: number;
  source: string;
}

const byDue = (a: TreatmentAction, b: TreatmentAction): number =>
  (a.dueDate === undefined ? 1 : 0) - (b.dueDate === undefined ? 1 : 0) ||
  (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
  a.riskTitle.localeCompare(b.riskTitle) ||
  a.title.localeCompare(b.title);

/** The treatment plan: every action of the in-scope risks still open or being treated. */
export const buildTreatment = ({ data, scoped }: ReportContext): TreatmentSection => {
  const actions = scoped.risks
    .filter((risk) => risk.status === 'open' || risk.status === 'treating')
    .flatMap((risk) =>
      risk.actions.map((action): TreatmentAction => ({
        actionId: action.id,
        title: action.title,
        riskId: risk.id,
        riskTitle: risk.title,
        ...(action.owner !== undefined && { owner: action.owner }),
        ...(action.dueDate !== undefined && { dueDate: action.dueDate }),
        status: action.status,
        overdue: isActionOverdue(action, data.today),
        source: reportSources.risk(risk.id),
      })),
    )
    .sort(byDue);
  return {
    actions,
    overdueCount: actions.filter((action) => action.overdue).length,
    source: reportSources.actions,
  };
};
