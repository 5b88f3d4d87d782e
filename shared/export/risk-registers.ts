import { inherentScore, residualScore, riskLevel, type Risk, type RiskAction } from '../domain';
import { writeRecords } from '../import/cell-lists';
import type { RegisterContext } from './context';
import { column, day, list, optional, tabulate, type RegisterTable } from './register-table';

export const riskRegisterColumns = [
  column<Risk>('title', 36, (risk) => risk.title),
  column<Risk>('category', 20, (risk, { labels }) => labels.riskCategory[risk.category]),
  column<Risk>('status', 12, (risk, { labels }) => labels.riskStatus[risk.status]),
  column<Risk>('treatment', 12, (risk, { labels }) => labels.treatment[risk.treatment]),
  column<Risk>('likelihood', 11, (risk) => risk.likelihood),
  column<Risk>('impact', 9, (risk) => risk.impact),
  column<Risk>('inherentScore', 10, (risk) => inherentScore(risk)),
  column<Risk>('inherentLevel', 12, (risk, { labels }) => labels.riskLevel[riskLevel(inherentScore(risk))]),
  column<Risk>('residualLikelihood', 11, (risk) => optional(risk.residualLikelihood)),
  column<Risk>('residualImpact', 9, (risk) => optional(risk.residualImpact)),
  column<Risk>('residualScore', 10, (risk) => residualScore(risk)),
  column<Risk>('residualLevel', 12, (risk, { labels }) => labels.riskLevel[riskLevel(residualScore(risk))]),
  column<Risk>('owner', 18, (risk) => optional(risk.owner)),
  column<Risk>('reviewDate', 12, (risk) => day(risk.reviewDate)),
  column<Risk>('vendors', 26, (risk, context) => list(risk.vendorIds.map(context.vendorName))),
  column<Risk>('dependencies', 30, (risk, context) => list(risk.dependencyIds.map(context.dependencyName))),
  column<Risk>('licences', 26, (risk, context) => list(risk.licenceIds.map(context.licenceTitle))),
  // The actions in the risk's own row, so a risk re-imported keeps them; the Actions sheet lists them one a row.
  column<Risk>('actions', 40, (risk, { labels }) =>
    writeRecords(
      risk.actions.map((action) => [
        action.title,
        action.owner,
        action.dueDate,
        labels.actionStatus[action.status],
      ]),
      '|',
    ),
  ),
  column<Risk>('description', 50, (risk) => risk.description),
  column<Risk>('id', 38, (risk) => risk.id),
];

interface ActionRow {
  risk: Risk;
  action: RiskAction;
}

const actionColumns = [
  column<ActionRow>('risk', 36, ({ risk }) => risk.title),
  column<ActionRow>('action', 40, ({ action }) => action.title),
  column<ActionRow>('owner', 18, ({ action }) => optional(action.owner)),
  column<ActionRow>('dueDate', 12, ({ action }) => day(action.dueDate)),
  column<ActionRow>('status', 12, ({ action }, { labels }) => labels.actionStatus[action.status]),
  column<ActionRow>(
    'residualLevel',
    12,
    ({ risk }, { labels }) => labels.riskLevel[riskLevel(residualScore(risk))],
  ),
];

export const riskRegister = (context: RegisterContext): RegisterTable =>
  tabulate('risks', context.records.risks, riskRegisterColumns, context);

/** One row per action, each with the risk it treats, so owners and due dates can be sorted across risks. */
export const actionRegister = (context: RegisterContext): RegisterTable =>
  tabulate(
    'actions',
    context.records.risks.flatMap((risk) => risk.actions.map((action) => ({ risk, action }))),
    actionColumns,
    context,
  );
