import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseSbom, type SbomParseResult } from '@shared/sbom';
import { describeError, isQuotaError } from '../../data/errors';
import { replaceSbom } from '../../data/sbom';

/** Where an import stands: nothing chosen, a file being read, refused with its problems, or ready to write. */
export type SbomImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'checked'; fileName: string; result: SbomParseResult }
  | { step: 'importing'; fileName: string; result: Extract<SbomParseResult, { ok: true }> };

/**
 * Reads a chosen file with parseSbom and keeps what it found; nothing is written until `confirm`, which
 * replaces the dependency's SBOM in one transaction.
 */
export const useSbomImport = (dependencyId: string) => {
  const { t } = useTranslation();
  const [state, setState] = useState<SbomImportState>({ step: 'idle' });

  const choose = async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    const bytes = new Uint8Array(await file.arrayBuffer());
    setState({ step: 'checked', fileName: file.name, result: parseSbom(bytes, dependencyId) });
  };

  const confirm = async () => {
    if (state.step !== 'checked' || !state.result.ok) return;
    setState({ step: 'importing', fileName: state.fileName, result: state.result });
    try {
      const count = await replaceSbom(dependencyId, state.result.components);
      notifications.show({ color: 'green', message: t('sbom.preview.imported', { count }) });
      setState({ step: 'idle' });
    } catch (error) {
      const reason = isQuotaError(error) ? t('common.errors.quota') : describeError(error);
      notifications.show({ color: 'red', message: t('sbom.preview.failed', { reason }) });
      setState({ step: 'checked', fileName: state.fileName, result: state.result });
    }
  };

  return { state, choose, confirm, cancel: () => setState({ step: 'idle' }) };
};
