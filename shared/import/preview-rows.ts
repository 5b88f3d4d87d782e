import type { Dependency, Licence, Risk, Vendor } from '../domain';
import { registerContext, type RegisterContext } from '../export/context';
import { dependencyRegisterColumns } from '../export/dependency-register';
import type { HeaderKey, RegisterLabels } from '../export/labels';
import { licenceRegisterColumns } from '../export/licence-register';
import type { CellValue } from '../export/neutralise';
import type { RegisterColumn } from '../export/register-table';
import { riskRegisterColumns } from '../export/risk-registers';
import { vendorRegisterColumns } from '../export/vendor-register';
import type { ImportEntity } from './columns';
import { entityImports } from './entities';
import type { ExistingWorkspace, ImportPlan } from './plan';

/** A cell of the preview: what the row writes, and for an update what it replaces when that differs. */
export interface PreviewCell {
  text: string;
  /** The record's value now, only when the row changes it. */
  before?: string;
}

export type PreviewStatus = 'new' | 'changed' | 'unchanged';

export interface PreviewRow {
  /** The row as the spreadsheet numbers it. */
  row: number;
  status: PreviewStatus;
  cells: PreviewCell[];
}

export interface PreviewTable {
  columns: { key: HeaderKey; header: string }[];
  rows: PreviewRow[];
}

type Shown = { key: HeaderKey; text: (record: unknown, context: RegisterContext) => string };

const textOf = (value: CellValue): string => (value === null ? '' : String(value));

/** The register's columns that the import writes, in the workbook's order; ids and computed ones are left out. */
const shownColumns = <T>(columns: readonly RegisterColumn<T>[], entity: ImportEntity): Shown[] => {
  const imported = new Set(entityImports[entity].columns.map((column) => column.header));
  imported.delete('id');
  return columns
    .filter((column) => imported.has(column.key))
    .map((column) => ({
      key: column.key,
      // The plan's records are of this register's type; the table only reads them.
      text: (record, context) => textOf(column.value(record as T, context)),
    }));
};

const columnsOf = (entity: ImportEntity): Shown[] => {
  switch (entity) {
    case 'vendors':
      return shownColumns<Vendor>(vendorRegisterColumns, entity);
    case 'dependencies':
      return shownColumns<Dependency>(dependencyRegisterColumns, entity);
    case 'licences':
      return shownColumns<Licence>(licenceRegisterColumns, entity);
    case 'risks':
      return shownColumns<Risk>(riskRegisterColumns, entity);
  }
};

/**
 * The workspace as the import leaves it, for naming what rows link to: a new vendor named in the same file,
 * a parent renamed by its own row.
 */
const contextAfter = (plan: ImportPlan, existing: ExistingWorkspace, labels: RegisterLabels) => {
  const written = new Map(plan.records.map((record) => [record.id, record.after]));
  // The plan's records are of the entity's type, validated by its schema.
  const own = [
    ...existing[plan.entity].filter((record) => !written.has(record.id)),
    ...written.values(),
  ] as unknown as ExistingWorkspace[typeof plan.entity];
  return registerContext({
    records: { ...existing, [plan.entity]: own, assessments: [] },
    checklists: [],
    labels,
  });
};

/**
 * What each row of a previewed file will write, cell by cell as the workbook would show it (names for
 * links, labels for choices): new rows, and for updates the cells that change with their value now. The
 * "now" side is named against the workspace as it is, the "after" side as the import leaves it.
 */
export const previewRows = (
  plan: ImportPlan,
  existing: ExistingWorkspace,
  labels: RegisterLabels,
): PreviewTable => {
  const shown = columnsOf(plan.entity);
  const now = registerContext({
    records: { ...existing, assessments: [] },
    checklists: [],
    labels,
  });
  const after = contextAfter(plan, existing, labels);
  const rows = plan.records.map((record): PreviewRow => {
    const cells = shown.map((column): PreviewCell => {
      const text = column.text(record.after, after);
      if (!record.before) return { text };
      const before = column.text(record.before, now);
      return before === text ? { text } : { text, before };
    });
    const status = !record.before
      ? 'new'
      : cells.some((cell) => cell.before !== undefined)
        ? 'changed'
        : 'unchanged';
    return { row: record.row, status, cells };
  });
  return { columns: shown.map(({ key }) => ({ key, header: labels.headers[key] })), rows };
};
