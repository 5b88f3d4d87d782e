import type { ImportEntity } from './columns';
import { failedPlan, planImport, type ExistingWorkspace, type ImportPlan, type PlanOptions } from './plan';
import { sortProblems } from './problems';
import { readImportFile, type ReadResult } from './read-file';
import { entityImports } from './entities';
import type { ImportWords } from './words';

/** The names of an entity's sheet in a workbook, in every language: a registers workbook is read there. */
export const sheetNames = (entity: ImportEntity, words: ImportWords): string[] =>
  words.map((labels) => labels.sheets[entityImports[entity].register]);

/**
 * Everything the import preview shows, computed from the file's bytes and the workspace as it is: the
 * records to write and every problem. Nothing is written here.
 */
export const previewImportFile = async (
  entity: ImportEntity,
  bytes: Uint8Array,
  existing: ExistingWorkspace | (() => Promise<ExistingWorkspace>),
  options: PlanOptions = {},
): Promise<ImportPlan> =>
  planImportRead(
    entity,
    await readImportFile(bytes, undefined, { sheetNames: sheetNames(entity, options.words ?? []) }),
    existing,
    options,
  );

/** The plan for a file already read (in the file worker): its records and problems against the workspace. */
export const planImportRead = async (
  entity: ImportEntity,
  read: ReadResult,
  existing: ExistingWorkspace | (() => Promise<ExistingWorkspace>),
  options: PlanOptions = {},
): Promise<ImportPlan> => {
  if (!read.ok) return failedPlan(entity, read.problems);
  const workspace = typeof existing === 'function' ? await existing() : existing;
  const plan = planImport(entity, read.table, workspace, options);
  if (read.problems.length === 0) return plan;
  return {
    ...plan,
    records: [],
    problems: sortProblems([...read.problems, ...plan.problems], read.table.headers),
  };
};
