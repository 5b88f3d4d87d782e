import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_NAME } from '@shared/app-identity';
import { exportWorkspace, recordBackup } from '@renderer/data/workspace-backup';
import { saveBlob } from '@renderer/platform/blob-files';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';

/** This build, as a workspace file names the app that wrote it. */
export const thisApp = { name: APP_NAME, version: __APP_VERSION__ };

/** Evidence files read so far, while a backup is being built. */
export interface BackupProgress {
  done: number;
  total: number;
}

/**
 * Backs the whole workspace up to a file the user saves (a download: any size); the time is kept once the
 * file is handed over.
 */
export const useBackUpWorkspace = (): {
  backUp: () => Promise<void>;
  busy: boolean;
  progress: BackupProgress | undefined;
} => {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BackupProgress>();

  const backUp = async (): Promise<void> => {
    setBusy(true);
    try {
      const built = await exportWorkspace(thisApp, {
        onProgress: (done, total) => setProgress({ done, total }),
      });
      if (!built.ok) {
        const reason = t(built.problem.message as never, built.problem.params);
        notifications.show({ color: 'red', message: t('workspaceFile.backup.failed', { reason }) });
        return;
      }
      const { fileName, file, exportedAt } = built.backup;
      saveBlob(fileName, file);
      await recordBackup(exportedAt);
      notifications.show({ color: 'green', message: t('workspaceFile.backup.saved', { fileName }) });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('workspaceFile.backup.failed', { reason: describe(error) }),
      });
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  return { backUp, busy, progress };
};
