import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_NAME } from '@shared/app-identity';
import { recordBackup } from '@renderer/data/backup-status';
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
 * file is handed over. Until then `cancel` stops it: no file is saved, and `cancelled` says so.
 */
export const useBackUpWorkspace = (): {
  backUp: () => Promise<void>;
  busy: boolean;
  progress: BackupProgress | undefined;
  cancel: () => void;
  cancelled: boolean;
} => {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BackupProgress>();
  const [cancelled, setCancelled] = useState(false);
  const running = useRef<AbortController | undefined>(undefined);

  const backUp = async (): Promise<void> => {
    setBusy(true);
    setCancelled(false);
    const controller = new AbortController();
    running.current = controller;
    try {
      // Loaded when first needed: the backup reminder offers this from every screen, from the start.
      const { exportWorkspace } = await import('@renderer/data/workspace-backup');
      const built = await exportWorkspace(thisApp, {
        onProgress: (done, total) => setProgress({ done, total }),
        signal: controller.signal,
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
      if (controller.signal.aborted) {
        setCancelled(true);
        return;
      }
      notifications.show({
        color: 'red',
        message: t('workspaceFile.backup.failed', { reason: describe(error) }),
      });
    } finally {
      running.current = undefined;
      setBusy(false);
      setProgress(undefined);
    }
  };

  const cancel = () => running.current?.abort();

  return { backUp, busy, progress, cancel, cancelled };
};
