import { riskCategoryValues, riskStatusValues, treatmentValues, type RiskAction } from '../domain/risk';
import { writeRecords } from './cell-lists';
import * as cells from './cells';
import { choiceColumn, column, type ImportColumn } from './columns';
import { nameKey } from './record-index';

const scale = ['1', '2', '3', '4', '5'];

/**
 * The columns of a risk import file, one per field of the Risk record. The actions travel in one cell of
 * the risk's row (`title|owner|due date|status; …`), as the workbook's Risks sheet writes them: a row is a
 * whole risk, so a CSV file of risks is complete on its own and a risk re-imported keeps its actions. The
 * Actions sheet is a view of the same actions for sorting by owner or due date; the import does not read it.
 */
export const riskColumns: readonly ImportColumn[] = [
  column('id', '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b', cells.text, { inSampleRow: false }),
  column('title', 'Single RAN vendor', cells.text, { required: true }),
  choiceColumn('category', 'supply', riskCategoryValues, (labels) => labels.riskCategory, { required: true }),
  choiceColumn('status', 'treating', riskStatusValues, (labels) => labels.riskStatus),
  choiceColumn('treatment', 'mitigate', treatmentValues, (labels) => labels.treatment),
  column('likelihood', '4', cells.number, { required: true, allowed: scale }),
  column('impact', '5', cells.number, { required: true, allowed: scale }),
  column('residualLikelihood', '2', cells.number, { allowed: scale }),
  column('residualImpact', '5', cells.number, { allowed: scale }),
  column('owner', 'CTO office', cells.text),
  column('reviewDate', '2026-09-30', cells.text),
  column('vendors', 'Nordic Radio', cells.list, {
    path: ['vendorIds'],
    many: true,
    inSampleRow: false,
    reference: { table: 'vendors', many: true },
  }),
  column('dependencies', 'Radio access network', cells.list, {
    path: ['dependencyIds'],
    many: true,
    inSampleRow: false,
    reference: { table: 'dependencies', many: true },
  }),
  column('licences', 'RAN software licence', cells.list, {
    path: ['licenceIds'],
    many: true,
    inSampleRow: false,
    reference: { table: 'licences', many: true },
  }),
  column(
    'actions',
    (labels) =>
      writeRecords(
        [
          ['Qualify a second RAN vendor', 'Head of RAN', '2026-12-31', labels.actionStatus.doing],
          ['Add an exit clause at renewal', 'Procurement', '', labels.actionStatus.todo],
        ],
        '|',
      ),
    cells.actions,
    { many: true, labels: (labels) => labels.actionStatus },
  ),
  column('description', 'One vendor supplies the whole radio network.', cells.longText),
];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Gives each action read from a cell its id: the id of the risk's action with the same title (letter case
 * and spaces aside), so a risk re-imported keeps its actions as they were (the calendar's entries and the
 * audit trail follow them by id); a new action gets a new id.
 */
export const keepActionIds = (
  input: Record<string, unknown>,
  existing: { actions?: readonly RiskAction[] } | undefined,
  newId: () => string,
): void => {
  if (!Array.isArray(input.actions)) return;
  const available = [...(existing?.actions ?? [])];
  input.actions = input.actions.map((action: unknown) => {
    if (!isObject(action)) return action;
    const title = typeof action.title === 'string' ? nameKey(action.title) : '';
    const index = available.findIndex((known) => nameKey(known.title) === title);
    const [known] = index >= 0 ? available.splice(index, 1) : [];
    return { ...action, id: known?.id ?? newId() };
  });
};
