import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SbomParseResult } from '@shared/sbom';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { replaceSbom } from '@renderer/data/sbom';
import { useFileTask } from '@renderer/files/useFileTask';

/** Where an import stands: nothing chosen (or being read), refused with its problems, or ready to write. */
export type SbomImportState =
  | { step: 'idle' }
  | { step: 'checked'; fileName: string; result: SbomParseResult }
  | { step: 'importing'; fileName: string; result: Extract<SbomParseResult, { ok: true }> };

/**
 * Reads a chosen file with parseSbom in the file worker and keeps what it found; nothing is written until
 * `confirm`, which replaces the dependency's SBOM in one transaction. A file the worker could not read is
 * refused with that one problem; a cancelled reading goes back to where the section was.
 */
export const useSbomImport = (dependencyId: string) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [state, setState] = useState<SbomImportState>({ step: 'idle' });
  const task = useFileTask();

  const choose = async (file: File) => {
    setState({ step: 'idle' });
    const read = await task.read('sbom', file, { dependencyId });
    if (!read.ok && read.failure === 'cancelled') return;
    const result: SbomParseResult = read.ok
      ? read.value
      : { ok: false, problems: [{ messageKey: `common.fileTask.${read.failure}`, params: {} }] };
    setState({ step: 'checked', fileName: file.name, result });
  };

  const confirm = async () => {
    if (state.step !== 'checked' || !state.result.ok) return;
    setState({ step: 'importing', fileName: state.fileName, result: state.result });
    try {
      const count = await replaceSbom(dependencyId, state.result.components);
      notifications.show({ color: 'green', message: t('sbom.preview.imported', { count }) });
      setState({ step: 'idle' });
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('sbom.preview.failed', { reason }) });
      setState({ step: 'checked', fileName: state.fileName, result: state.result });
    }
  };

  return { state, task, choose, confirm, cancel: () => setState({ step: 'idle' }) };
};
