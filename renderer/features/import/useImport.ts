import { useRef, useState } from 'react';
import { failedPlan, sheetNames, sizeProblem, type ImportEntity } from '@shared/import';
import { commitImport, previewImport, type ImportPreview, type ImportSummary } from '@renderer/data/import';
import { useFileTask } from '@renderer/files/useFileTask';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { useImportWords } from '@renderer/ui/registerLabels';

export type ImportState =
  | { status: 'idle' }
  | { status: 'preview'; fileName: string; plan: ImportPreview; cancelled?: boolean }
  | { status: 'committing'; fileName: string; plan: ImportPreview; written: number }
  | { status: 'failed'; fileName: string; plan: ImportPreview; error: string }
  | { status: 'done'; summary: ImportSummary };

/**
 * The import of one file: read in the file worker (never on the window's thread), previewed against the
 * workspace (nothing written), then committed on request. A file the worker could not read ends in the
 * preview with that one problem; a cancelled reading goes back to where the screen was. The commit reports
 * the records written so far, and `cancelCommit` stops it before its end with nothing written.
 */
export const useImport = (entity: ImportEntity) => {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const task = useFileTask();
  const words = useImportWords();
  const errorMessage = useErrorMessage();
  const committing = useRef<AbortController | undefined>(undefined);

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
    const controller = new AbortController();
    committing.current = controller;
    setState({ status: 'committing', fileName, plan, written: 0 });
    try {
      const summary = await commitImport(plan, {
        fileName,
        signal: controller.signal,
        onWritten: (written) => setState({ status: 'committing', fileName, plan, written }),
      });
      setState({ status: 'done', summary });
    } catch (error) {
      setState(
        controller.signal.aborted
          ? { status: 'preview', fileName, plan, cancelled: true }
          : { status: 'failed', fileName, plan, error: errorMessage(error) },
      );
    } finally {
      committing.current = undefined;
    }
  };

  const cancelCommit = (): void => committing.current?.abort();

  return { state, choose, commit, cancelCommit, task };
};
