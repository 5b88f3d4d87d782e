import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_NAME } from '@shared/app-identity';
import { exportWorkspace, recordBackup } from '../../data/workspace-backup';
import { platform } from '../../platform';

/** This build, as a workspace file names the app that wrote it. */
export const thisApp = { name: APP_NAME, version: __APP_VERSION__ };

/** Backs the whole workspace up to a file the user saves; the time is kept once the file is saved. */
export const useBackUpWorkspace = (): { backUp: () => Promise<void>; busy: boolean } => {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const backUp = async (): Promise<void> => {
    setBusy(true);
    try {
      const backup = await exportWorkspace(thisApp);
      const saved = await platform.saveFile({
        suggestedName: backup.fileName,
        data: backup.data,
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (!saved.ok) throw new Error(saved.error);
      if (saved.value.status === 'cancelled') return;
      await recordBackup(backup.exportedAt);
      notifications.show({
        color: 'green',
        message: t('workspaceFile.backup.saved', { fileName: saved.value.fileName }),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      notifications.show({ color: 'red', message: t('workspaceFile.backup.failed', { reason }) });
    } finally {
      setBusy(false);
    }
  };

  return { backUp, busy };
};
