import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeSummary } from '@shared/workspace/merge-apply';
import type { MergePlan, MergeSide } from '@shared/workspace/merge-plan';
import type { SettingsGroup } from '@shared/workspace/workspace-settings';
import type { WorkspaceFileContents, WorkspaceFileProblem } from '@shared/workspace/workspace-file';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { mergeWorkspace, previewMerge } from '@renderer/data/workspace-merge';
import { chooseWorkspaceFile } from './chooseWorkspaceFile';
import { useAbortable } from './useAbortable';

export type MergeState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; done: number; total?: number }
  | {
      step: 'review';
      fileName: string;
      contents: WorkspaceFileContents;
      plan: MergePlan;
      differingSettings: SettingsGroup[];
    }
  | { step: 'refused'; fileName: string; problems: WorkspaceFileProblem[] }
  | { step: 'cancelled' }
  | { step: 'writeCancelled' }
  | { step: 'done'; exportedAt: string; summary: MergeSummary; differingSettings: SettingsGroup[] };

/**
 * The merge of a colleague's workspace file, step by step: choose the file, review, merge, sum up. The
 * reading and checking of the file can be cancelled (`cancel`); nothing is written before the review. The
 * merge's write shows the records written (`writing`) and can be stopped until it commits (`stopWriting`).
 */
export const useMergeWorkspace = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [state, setState] = useState<MergeState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const reading = useAbortable();
  const [writing, setWriting] = useState<{ done: number; total: number }>();
  // Not aborted on leaving the screen: a merge the user confirmed goes on unless they stop it.
  const writeControl = useRef<AbortController | undefined>(undefined);

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setState((before) => (before.step === 'reading' ? { step: 'idle' } : before));
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('workspaceMerge.failed', { reason }) });
    } finally {
      setBusy(false);
    }
  };

  const choose = () =>
    run(async () => {
      let fileName = '';
      const signal = reading.start();
      const chosen = await chooseWorkspaceFile({
        signal,
        // The file's own SHA-256 marks the audit events the merge imports from it.
        hashFile: true,
        onChosen: (name) => {
          fileName = name;
          setState({ step: 'reading', fileName, done: 0 });
        },
        onProgress: (done, total) =>
          setState({ step: 'reading', fileName, done, ...(total !== undefined && { total }) }),
      });
      if (!chosen) {
        if (signal.aborted) setState({ step: 'cancelled' });
        return;
      }
      const { read } = chosen;
      if (!read.ok) {
        setState({ step: 'refused', fileName, problems: read.problems });
        return;
      }
      const preview = await previewMerge(read.value);
      setState(
        signal.aborted
          ? { step: 'cancelled' }
          : { step: 'review', fileName, contents: read.value, ...preview },
      );
    });

  const merge = (choices: ReadonlyMap<string, MergeSide>) =>
    run(async () => {
      if (state.step !== 'review') return;
      const { contents, fileName } = state;
      const controller = new AbortController();
      writeControl.current = controller;
      let outcome;
      try {
        outcome = await mergeWorkspace(contents, choices, {
          fileName,
          signal: controller.signal,
          onProgress: (done, total) => setWriting({ done, total }),
        });
      } catch (error) {
        if (!controller.signal.aborted) throw error;
        setState({ step: 'writeCancelled' });
        return;
      } finally {
        writeControl.current = undefined;
        setWriting(undefined);
      }
      setState(
        outcome.ok
          ? {
              step: 'done',
              exportedAt: contents.exportedAt,
              summary: outcome.summary,
              differingSettings: outcome.differingSettings,
            }
          : { step: 'refused', fileName, problems: outcome.problems },
      );
    });

  const reset = () => setState({ step: 'idle' });

  const stopWriting = () => writeControl.current?.abort();

  return { state, busy, choose, merge, reset, cancel: reading.cancel, writing, stopWriting };
};
