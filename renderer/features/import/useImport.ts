import { useRef, useState } from 'react';
import { failedPlan, sizeProblem, type ImportEntity, type ImportPlan } from '@shared/import';
import { isQuotaError } from '../../data/errors';
import { commitImport, previewImport, type ImportSummary } from '../../data/import';
import { readFileInWorker } from '../../files/read-file-in-worker';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'preview' | 'committing'; fileName: string; plan: ImportPlan }
  | { status: 'failed'; fileName: string; plan: ImportPlan; error: string }
  | { status: 'done'; summary: ImportSummary };

/** The error's message key (or text) for the screen to translate. */
const errorMessage = (error: unknown): string => {
  if (isQuotaError(error)) return 'common.errors.quota';
  return error instanceof Error ? error.message : String(error);
};

/** The file read in the file worker (never on the window's thread), then planned against the workspace. */
const readAndPlan = async (entity: ImportEntity, file: File): Promise<ImportPlan> => {
  const bytes = await file.arrayBuffer().then(
    (buffer) => new Uint8Array(buffer),
    () => undefined,
  );
  if (!bytes) return failedPlan(entity, [{ message: 'common.fileTask.crashed' }]);
  const read = await readFileInWorker('importTable', bytes, undefined);
  return read.ok
    ? previewImport(entity, read.value)
    : failedPlan(entity, [{ message: `common.fileTask.${read.failure}` }]);
};

/**
 * The import of one file: preview (nothing written), then commit on request. Choosing another file while
 * one is still being read discards the first one's result.
 */
export const useImport = (entity: ImportEntity) => {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const latest = useRef(0);

  const choose = async (file: File): Promise<void> => {
    const attempt = ++latest.current;
    setState({ status: 'reading', fileName: file.name });
    // The size is checked before reading, so a huge file is refused without loading it.
    const tooBig = sizeProblem(file.size);
    const plan = tooBig ? failedPlan(entity, [tooBig]) : await readAndPlan(entity, file);
    if (attempt === latest.current) setState({ status: 'preview', fileName: file.name, plan });
  };

  const commit = async (): Promise<void> => {
    if (state.status !== 'preview') return;
    const { fileName, plan } = state;
    setState({ status: 'committing', fileName, plan });
    try {
      setState({ status: 'done', summary: await commitImport(plan) });
    } catch (error) {
      setState({ status: 'failed', fileName, plan, error: errorMessage(error) });
    }
  };

  return { state, choose, commit };
};
