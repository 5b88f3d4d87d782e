import { Refusal } from '@shared/messages/refusal';
import { dependencySchema, licenceSchema, riskSchema, vendorSchema } from '@shared/domain';
import {
  planImportRead,
  previewRows,
  type ExistingWorkspace,
  type ImportEntity,
  type ImportPlan,
  type ImportWords,
  type PreviewTable,
  type ReadResult,
} from '@shared/import';
import { audited, type BulkSource } from './audited';
import { workspace } from './database';
import { putRecords, type RecordSchema } from './records';

const schemas: Record<ImportEntity, RecordSchema<{ id: string; createdAt: string; updatedAt: string }>> = {
  vendors: vendorSchema,
  dependencies: dependencySchema,
  licences: licenceSchema,
  risks: riskSchema,
};

const readWorkspace = async (): Promise<ExistingWorkspace> => {
  const db = workspace();
  const [vendors, dependencies, licences, risks] = await Promise.all([
    db.vendors.toArray(),
    db.dependencies.toArray(),
    db.licences.toArray(),
    db.risks.toArray(),
  ]);
  return { vendors, dependencies, licences, risks };
};

/** A plan with what each of its rows will write, worded in the user's language, for the preview to show. */
export interface ImportPreview extends ImportPlan {
  table?: PreviewTable;
}

/**
 * Plans a file read by the file worker against the workspace as it is now, and writes nothing. `words`
 * are the exported files' words in every language, the user's first: a workbook or CSV file the app
 * exported reads back, and the rows are shown in the user's words.
 */
export const previewImport = async (
  entity: ImportEntity,
  read: ReadResult,
  words: ImportWords = [],
): Promise<ImportPreview> => {
  let existing: ExistingWorkspace | undefined;
  const plan = await planImportRead(entity, read, async () => (existing = await readWorkspace()), { words });
  const [labels] = words;
  if (!labels || !existing || plan.records.length === 0) return plan;
  return { ...plan, table: previewRows(plan, existing, labels) };
};

export interface ImportSummary {
  count: number;
  created: number;
  updated: number;
}

type ImportedRecord = { id: string; createdAt: string; updatedAt: string };

/** These records as they are now; undefined where one is no longer in the table. */
const readRecords = (table: ImportEntity, ids: readonly string[]): Promise<(ImportedRecord | undefined)[]> =>
  workspace()
    .table<ImportedRecord, string>(table)
    .bulkGet([...ids]);

/** Whether any of these records is no longer in the table. */
const missing = async (table: ImportEntity, ids: readonly string[]): Promise<boolean> =>
  (await readRecords(table, ids)).some((row) => row === undefined);

/** How many records are written at a time: the window updates the progress and handles a click between two. */
const COMMIT_CHUNK = 500;

/** The file imported (named by its audit event), how the screen follows the commit and a signal to cancel it. */
export interface CommitOptions {
  fileName: string;
  onWritten?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Writes a previewed import: every record, and one audit event listing each record's changes (action
 * `import`, naming `fileName`), in one transaction, or nothing. The
 * workspace may have changed since the preview; if a record the file updates or links to was deleted
 * meanwhile, the import stops (with an `importer.commit.*` message key) rather than write a broken link.
 * The records are written in chunks, each reported to `onWritten`; an abort of `signal` before the end
 * rejects with its reason and aborts the transaction, so nothing of the import is kept.
 */
export const commitImport = async (
  plan: ImportPlan,
  { fileName, onWritten, signal }: CommitOptions,
): Promise<ImportSummary> => {
  if (plan.problems.length > 0) throw new Error('An import with problems cannot be written.');
  const updated = plan.records.filter((record) => record.action === 'update').map((record) => record.id);
  const inputs = plan.records.map((record) => ({ ...record.input, id: record.id }));
  const bulk: BulkSource = { action: 'import', table: plan.entity, source: fileName };
  await audited(
    ['vendors', 'dependencies', 'licences', 'risks'],
    async (tx) => {
      // The records the file updates, read once: whether each is still there, and what it is now. The
      // records it creates are not read: a read per row that a bare write does not do.
      const current = await readRecords(plan.entity, updated);
      if (current.some((row) => row === undefined)) throw new Refusal('importer.commit.recordGone');
      const stored = new Map(current.flatMap((row) => (row ? [[row.id, row] as const] : [])));
      if (
        (await missing('vendors', plan.linked.vendors)) ||
        (await missing('dependencies', plan.linked.dependencies)) ||
        (await missing('licences', plan.linked.licences))
      )
        throw new Refusal('importer.commit.linkGone');
      for (let start = 0; start < inputs.length; start += COMMIT_CHUNK) {
        signal?.throwIfAborted();
        const chunk = inputs.slice(start, start + COMMIT_CHUNK);
        await putRecords(tx, plan.entity, schemas[plan.entity], chunk, { stored });
        onWritten?.(start + chunk.length, inputs.length);
      }
      signal?.throwIfAborted();
    },
    { bulk },
  );
  return { count: plan.records.length, created: plan.created, updated: plan.updated };
};
