import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildRegisterCsv,
  buildRegistersWorkbook,
  type RegisterName,
  type RegistersInput,
} from '@shared/export';
import { recordReport } from '@renderer/data/reports';
import { platform } from '@renderer/platform';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { localToday } from '@shared/domain';

const filePrefix = 'diligence-workbench';

interface ExportedFile {
  fileName: string;
  data: Uint8Array<ArrayBuffer>;
  format: 'xlsx' | 'csv';
}

/**
 * Saves the workbook or one register's CSV. The workbook is recorded as an exported report (with its
 * SHA-256) once saved; a CSV is a working extract and is not.
 */
export const useExportRegisters = (input: RegistersInput | undefined) => {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [busy, setBusy] = useState(false);

  const save = async (
    build: () => Promise<ExportedFile>,
    onSaved?: (file: ExportedFile) => Promise<unknown>,
  ) => {
    setBusy(true);
    try {
      const file = await build();
      const saved = await platform.saveFile({
        suggestedName: file.fileName,
        data: file.data,
        filters: [{ name: file.format.toUpperCase(), extensions: [file.format] }],
      });
      if (!saved.ok) {
        notifications.show({ color: 'red', message: t('dataExports.failed', { reason: saved.error }) });
        return;
      }
      if (saved.value.status === 'cancelled') return;
      await onSaved?.(file);
      notifications.show({
        color: 'green',
        message: t('dataExports.saved', { fileName: saved.value.fileName }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: t('dataExports.failed', { reason: describe(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const exportWorkbook = (registers: RegistersInput) =>
    save(
      async () => ({
        fileName: `${filePrefix}-registers-${localToday()}.xlsx`,
        data: await buildRegistersWorkbook(registers),
        format: 'xlsx',
      }),
      (file) => recordReport({ kind: 'workbook', title: t('dataExports.workbookTitle'), ...file }),
    );

  const exportCsv = (registers: RegistersInput, register: RegisterName) =>
    save(async () => ({
      fileName: `${filePrefix}-${t(`dataExports.fileStem.${register}`)}-${localToday()}.csv`,
      data: new TextEncoder().encode(await buildRegisterCsv(register, registers)),
      format: 'csv',
    }));

  return {
    busy,
    ready: input !== undefined,
    exportWorkbook: () => (input ? exportWorkbook(input) : Promise.resolve()),
    exportCsv: (register: RegisterName) => (input ? exportCsv(input, register) : Promise.resolve()),
  };
};
