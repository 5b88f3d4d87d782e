import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FILE_BYTES } from '@shared/ipc';
import {
  readWorkspaceFile,
  type WorkspaceFileContents,
  type WorkspaceFileProblem,
  type WorkspaceTable,
} from '@shared/workspace/workspace-file';
import { countRecords, replaceWorkspace } from '../../data/workspace-backup';
import { platform } from '../../platform';
import { useFormatDateTime } from '../../ui/useFormatDateTime';
import { RestoreConfirmModal } from './RestoreConfirmModal';
import { RestoreProblemList } from './RestoreProblemList';
import { useBackUpWorkspace } from './useBackUpWorkspace';

type RestoreState =
  | { step: 'idle' }
  | { step: 'confirm'; contents: WorkspaceFileContents; current: Record<WorkspaceTable, number> }
  | { step: 'refused'; fileName: string; problems: WorkspaceFileProblem[] };

/** Settings section: back the workspace up to one file, or replace it with a backup after checking it whole. */
export const WorkspaceFileSection = () => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { backUp, busy: backingUp } = useBackUpWorkspace();
  const [restore, setRestore] = useState<RestoreState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);

  const fail = (error: unknown): void => {
    const reason = error instanceof Error ? error.message : String(error);
    notifications.show({ color: 'red', message: t('workspaceFile.restore.failed', { reason }) });
  };

  const pickBackup = async (): Promise<void> => {
    setBusy(true);
    try {
      const opened = await platform.openFile({
        filters: [{ name: 'JSON', extensions: ['json'] }],
        maxBytes: MAX_FILE_BYTES,
      });
      if (!opened.ok) throw new Error(opened.error);
      if (opened.value.status === 'cancelled') return;
      const read = await readWorkspaceFile(new TextDecoder().decode(opened.value.data));
      setRestore(
        read.ok
          ? { step: 'confirm', contents: read.value, current: await countRecords() }
          : { step: 'refused', fileName: opened.value.fileName, problems: read.problems },
      );
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const confirmRestore = async (contents: WorkspaceFileContents): Promise<void> => {
    setBusy(true);
    try {
      await replaceWorkspace(contents);
      setRestore({ step: 'idle' });
      notifications.show({
        color: 'green',
        message: t('workspaceFile.restore.done', { date: formatDateTime(contents.exportedAt) }),
      });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Fieldset legend={t('workspaceFile.section.title')}>
      <Stack>
        <Text size="sm">{t('workspaceFile.section.description')}</Text>
        <Group>
          <Button loading={backingUp} onClick={() => void backUp()}>
            {t('workspaceFile.section.backUp')}
          </Button>
          <Button
            variant="default"
            loading={busy && restore.step !== 'confirm'}
            onClick={() => void pickBackup()}
          >
            {t('workspaceFile.section.restore')}
          </Button>
        </Group>
        {restore.step === 'refused' && (
          <RestoreProblemList fileName={restore.fileName} problems={restore.problems} />
        )}
      </Stack>
      {restore.step === 'confirm' && (
        <RestoreConfirmModal
          contents={restore.contents}
          current={restore.current}
          busy={busy}
          onConfirm={() => void confirmRestore(restore.contents)}
          onCancel={() => setRestore({ step: 'idle' })}
        />
      )}
    </Fieldset>
  );
};
