import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist } from '@shared/domain';
import { checklistFileJson } from '@shared/checklists/checklist-file';
import { platform } from '@renderer/platform';

/** "Licence and IP due diligence" 2026.1 → "licence-and-ip-due-diligence-2026.1.json". */
const fileName = (checklist: Checklist, fallback: string): string => {
  const base = `${checklist.name}-${checklist.version}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base.slice(0, 100) || fallback}.json`;
};

/** Saves one checklist as a checklists file (JSON) another workspace can import. */
export const useExportChecklist = (): ((checklist: Checklist) => Promise<void>) => {
  const { t } = useTranslation();
  return useCallback(
    async (checklist) => {
      const result = await platform.saveFile({
        suggestedName: fileName(checklist, t('checklists.exportFile.fileName')),
        data: new TextEncoder().encode(checklistFileJson([checklist])),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (!result.ok) {
        notifications.show({
          color: 'red',
          message: t('checklists.exportFile.failed', { reason: result.error }),
        });
      }
    },
    [t],
  );
};
