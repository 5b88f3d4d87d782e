import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationsRead } from '@shared/declarations';
import type { FileProblem } from '@shared/files/file-problem';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { importDeclarationSet } from '@renderer/data/standards';
import { readFileInWorker } from '@renderer/files/read-file-in-worker';

/** Where an import stands: nothing chosen, reading (with progress), refused, or read and awaiting confirmation. */
export type DeclarationsImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; done: number; total: number }
  | { step: 'refused'; fileName: string; problems: FileProblem[] }
  | { step: 'checked' | 'saving'; fileName: string; read: DeclarationsRead };

/**
 * Reads a declarations file in the file worker — the File itself, sliced there, so a file of hundreds of
 * MB is never loaded whole — with progress and Cancel; nothing is written until `confirm`, which stores
 * the set (replacing the one in force of its source) in one transaction.
 */
export const useDeclarationsImport = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [state, setState] = useState<DeclarationsImportState>({ step: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const choose = async (file: File) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ step: 'reading', fileName: file.name, done: 0, total: file.size });
    const outcome = await readFileInWorker('declarations', file, undefined, {
      signal: current.signal,
      onProgress: (done, total) =>
        setState((state) =>
          state.step === 'reading' ? { ...state, done, total: total ?? state.total } : state,
        ),
    }).catch(() => ({ ok: false as const, failure: 'crashed' as const }));
    if (controller.current !== current) return;
    controller.current = undefined;
    if (!outcome.ok) {
      setState(
        outcome.failure === 'cancelled'
          ? { step: 'idle' }
          : {
              step: 'refused',
              fileName: file.name,
              problems: [{ message: `common.fileTask.${outcome.failure}` }],
            },
      );
      return;
    }
    setState(
      outcome.value.ok
        ? { step: 'checked', fileName: file.name, read: outcome.value.value }
        : { step: 'refused', fileName: file.name, problems: outcome.value.problems },
    );
  };

  const confirm = async () => {
    if (state.step !== 'checked') return;
    const { fileName, read } = state;
    setState({ step: 'saving', fileName, read });
    try {
      await importDeclarationSet({
        source: read.source,
        fileName,
        sha256: read.sha256,
        importedAt: new Date().toISOString(),
        rowCount: read.rowCount,
        aggregates: read.aggregates,
      });
      notifications.show({ color: 'green', message: t('standards.import.imported', { fileName }) });
      setState({ step: 'idle' });
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('standards.import.failed', { reason }) });
      setState({ step: 'checked', fileName, read });
    }
  };

  return {
    state,
    choose,
    confirm,
    cancel: () => {
      controller.current?.abort();
      setState({ step: 'idle' });
    },
  };
};
