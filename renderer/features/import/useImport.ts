import { useState } from 'react';
import { failedPlan, sheetNames, sizeProblem, type ImportEntity } from '@shared/import';
import { commitImport, previewImport, type ImportPreview, type ImportSummary } from '@renderer/data/import';
import { useFileTask } from '@renderer/files/useFileTask';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { useImportWords } from '@renderer/ui/registerLabels';

export type ImportState =
  | { status: 'idle' }
  | { status: 'preview' | 'committing'; fileName: string; plan: ImportPreview }
  | { status: 'failed'; fileName: string; plan: ImportPreview; error: string }
  | { status: 'done'; summary: ImportSummary };

/**
 * The import of one file: read in the file worker (never on the window's thread), previewed against the
 * workspace (nothing written), then committed on request. A file the worker could not read ends in the
 * preview with that one problem; a cancelled reading goes back to where the screen was.
 */
export const useImport = (entity: ImportEntity) => {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const task = useFileTask();
  const words = useImportWords();
  const errorMessage = useErrorMessage();

  const choose = async (file: File): Promise<void> => {
    // The size is checked before reading, so a huge file is refused without loading it.
    const tooBig = sizeProblem(file.size);
    if (tooBig) {
      setState({ status: 'preview', fileName: file.name, plan: failedPlan(entity, [tooBig]) });
      return;
    }
    setState({ status: 'idle' });
    const read = await task.read('importTable', file, { sheetNames: sheetNames(entity, words) });
    if (!read.ok && read.failure === 'cancelled') return;
    let plan: ImportPreview;
    try {
      plan = read.ok
        ? await previewImport(entity, read.value, words)
        : failedPlan(entity, [{ message: `common.fileTask.${read.failure}` }]);
    } catch (error) {
      plan = failedPlan(entity, [
        { message: 'importer.problems.checkFailed', params: { reason: errorMessage(error) } },
      ]);
    }
    setState({ status: 'preview', fileName: file.name, plan });
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

  return { state, choose, commit, task };
};
