import type { Dependency } from '../domain/dependency';
import type { Licence } from '../domain/licence';
import type { Risk } from '../domain/risk';
import type { Vendor } from '../domain/vendor';
import { splitItems } from './cell-lists';
import type { ImportColumn, ImportEntity } from './columns';
import { entityImports } from './entities';
import { mapHeaders, type ColumnLayout } from './headers';
import { issueProblems } from './issues';
import { matchRows } from './match-rows';
import { quoteValue, sortProblems, type ImportProblem } from './problems';
import type { RawRow, RawTable } from './raw-table';
import { RecordIndex, type NamedRecord } from './record-index';
import type { ImportWords } from './words';
import { composedKey } from '../messages/message-key';

/** The records already in the workspace, which rows update and link to. */
export interface ExistingWorkspace {
  vendors: readonly Vendor[];
  dependencies: readonly Dependency[];
  licences: readonly Licence[];
  risks: readonly Risk[];
}

export type ExistingRecord = Vendor | Dependency | Licence | Risk;

/** One row ready to write: the fields its columns set (links resolved to ids), merged at commit. */
export interface PlannedRecord {
  row: number;
  id: string;
  action: 'create' | 'update';
  input: Record<string, unknown>;
  /** The record as it will be once written (validated), and as it is now for an update: the preview's row. */
  after: Record<string, unknown>;
  before?: ExistingRecord;
}

export interface ImportPlan {
  entity: ImportEntity;
  /** Rows without problems; all of them are written, or none. */
  records: PlannedRecord[];
  problems: ImportProblem[];
  created: number;
  updated: number;
  /** Records already in the workspace that rows link to; the commit checks they still exist. */
  linked: Record<ImportEntity, string[]>;
}

export const failedPlan = (entity: ImportEntity, problems: ImportProblem[]): ImportPlan => ({
  entity,
  records: [],
  problems,
  created: 0,
  updated: 0,
  linked: { vendors: [], dependencies: [], licences: [], risks: [] },
});

export interface PlanOptions {
  /** The words of the exported files, in every language: headers and choices are read in any of them. */
  words?: ImportWords;
  newId?: () => string;
}

/** A table's records as rows match them and links resolve to them: by id, and by name (a licence's or a risk's title). */
const namedRecords = (
  existing: ExistingWorkspace,
  table: ImportEntity,
): readonly (NamedRecord & ExistingRecord)[] =>
  table === 'licences' || table === 'risks'
    ? existing[table].map((record) => ({ ...record, name: record.title }))
    : existing[table];

/** Builds each table's index once, and only for the tables the file links to. */
const memoise = <V>(make: (table: ImportEntity) => V): ((table: ImportEntity) => V) => {
  const made = new Map<ImportEntity, V>();
  return (table) => {
    const value = made.get(table) ?? make(table);
    made.set(table, value);
    return value;
  };
};

type RowCells = Map<ImportColumn, { header: string; cell: string }>;

const readRow = (row: RawRow, layout: ColumnLayout, headers: readonly string[]): RowCells => {
  const cells: RowCells = new Map();
  layout.forEach((column, position) => {
    if (column)
      cells.set(column, { header: headers[position] ?? column.header, cell: row.cells[position] ?? '' });
  });
  return cells;
};

const cellOf = (cells: RowCells, header: string): string =>
  [...cells].find(([column]) => column.header === header)?.[1].cell ?? '';

const headerOf = (layout: ColumnLayout, headers: readonly string[], header: string): string =>
  headers[layout.findIndex((column) => column?.header === header)] ?? header;

/** A nested field (ratings, clauses) starts from the record's current values, so absent columns keep theirs. */
const setPath = (
  input: Record<string, unknown>,
  [field, nested]: ImportColumn['path'],
  value: unknown,
  existing: object | undefined,
): void => {
  if (nested === undefined) input[field] = value;
  else {
    const current = input[field] ?? (existing as Record<string, unknown> | undefined)?.[field];
    input[field] = { ...(current as object | undefined), [nested]: value };
  }
};

/**
 * Turns a file's rows into the records to write, with every problem by row and column: header problems
 * first (nothing else can be trusted then), then per row the match with an existing record, the links
 * (by name or id, to records in the workspace or earlier or later in the same file) and the shared
 * schema's validation of the record as it will be after the update.
 */
export const planImport = (
  entity: ImportEntity,
  table: RawTable,
  existing: ExistingWorkspace,
  { words = [], newId = () => crypto.randomUUID() }: PlanOptions = {},
): ImportPlan => {
  const entityImport = entityImports[entity];
  const { schema, nameColumn, selfLink, complete } = entityImport;
  const { layout, problems: headerProblems } = mapHeaders(table, entityImport, words);
  if (headerProblems.length > 0) return failedPlan(entity, headerProblems);

  const rows = table.rows.map((row) => readRow(row, layout, table.headers));
  const identities = rows.map((cells, index) => ({
    row: table.rows[index]?.number ?? 0,
    id: cellOf(cells, 'id'),
    name: cellOf(cells, nameColumn),
  }));
  const own = namedRecords(existing, entity);
  // The records as stored, without the name a licence or a risk is matched by.
  const existingById = new Map<string, ExistingRecord>(existing[entity].map((record) => [record.id, record]));
  const matchHeaders = {
    id: headerOf(layout, table.headers, 'id'),
    name: headerOf(layout, table.headers, nameColumn),
  };
  const { targets, problems } = matchRows(identities, own, matchHeaders, newId);

  // Links resolve against the workspace as it will be after the import: rows' records under their new names.
  const targeted = new Set(targets.map((target) => target?.id));
  const ownAfter = new RecordIndex([
    ...own.filter((record) => !targeted.has(record.id)),
    ...targets.flatMap((target, index) =>
      target ? [{ id: target.id, name: identities[index]?.name ?? '' }] : [],
    ),
  ]);
  const indexOf = memoise((linkedTable: ImportEntity) =>
    linkedTable === entity ? ownAfter : new RecordIndex(namedRecords(existing, linkedTable)),
  );
  const existingIdsOf = memoise(
    (linkedTable: ImportEntity) => new Set(existing[linkedTable].map((record) => record.id)),
  );
  const linked = {
    vendors: new Set<string>(),
    dependencies: new Set<string>(),
    licences: new Set<string>(),
    risks: new Set<string>(),
  };

  const records: PlannedRecord[] = [];
  rows.forEach((cells, index) => {
    const target = targets[index];
    const row = identities[index]?.row ?? 0;
    if (!target) return;
    const rowProblems: ImportProblem[] = [];
    const input: Record<string, unknown> = {};

    for (const [column, { header, cell }] of cells) {
      if (column.header === 'id') continue;
      if (!column.reference) {
        setPath(input, column.path, column.parse(cell, { words }), target.existing);
        const problem = cell.trim() === '' ? undefined : column.check?.(cell);
        if (problem) rowProblems.push({ row, column: header, ...problem, value: quoteValue(cell.trim()) });
        continue;
      }
      const { table: linkedTable, many } = column.reference;
      const values = many ? splitItems(cell) : [cell.trim()].filter((value) => value !== '');
      const ids: string[] = [];
      for (const value of values) {
        const resolution = indexOf(linkedTable).resolve(value);
        if (selfLink && 'id' in resolution && resolution.id === target.id) {
          rowProblems.push({ row, column: header, message: selfLink, value: quoteValue(value) });
        } else if ('id' in resolution) {
          ids.push(resolution.id);
          if (existingIdsOf(linkedTable).has(resolution.id)) linked[linkedTable].add(resolution.id);
        } else {
          rowProblems.push({
            row,
            column: header,
            message: composedKey(`importer.problems.${resolution.problem}.${column.header}`),
            ...(resolution.problem === 'ambiguous' && { params: { count: resolution.count } }),
            value: quoteValue(value),
          });
        }
      }
      setPath(input, column.path, many ? ids : ids[0], target.existing);
    }

    complete?.(input, target.existing, newId);
    const before = target.existing && existingById.get(target.existing.id);
    const result = schema.safeParse({ ...before, ...input });
    if (!result.success) {
      const reported = new Set(rowProblems.map((problem) => problem.column ?? ''));
      rowProblems.push(...issueProblems(result.error.issues, row, cells, reported));
    }
    if (rowProblems.length > 0 || !result.success) problems.push(...rowProblems);
    else
      records.push({
        row,
        id: target.id,
        action: before ? 'update' : 'create',
        input,
        after: { ...before, ...(result.data as Record<string, unknown>), id: target.id },
        ...(before && { before }),
      });
  });

  const matched = targets.filter((target) => target !== undefined);
  return {
    entity,
    records,
    problems: sortProblems(problems, table.headers),
    created: matched.filter((target) => !target.existing).length,
    updated: matched.filter((target) => target.existing).length,
    linked: {
      vendors: [...linked.vendors],
      dependencies: [...linked.dependencies],
      licences: [...linked.licences],
      risks: [...linked.risks],
    },
  };
};
