import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  WorkspaceFileContents,
  WorkspaceFileProblem,
  WorkspaceTable,
} from '@shared/workspace/workspace-file';
import { countRecords, replaceWorkspace } from '../../data/workspace-backup';
import { useFormatDateTime } from '../../ui/useFormatDateTime';
import { chooseWorkspaceFile } from './chooseWorkspaceFile';
import { MergeWorkspaceSteps } from './MergeWorkspaceSteps';
import { RestoreConfirmModal } from './RestoreConfirmModal';
import { RestoreProblemList } from './RestoreProblemList';
import { useBackUpWorkspace } from './useBackUpWorkspace';
import { useMergeWorkspace } from './useMergeWorkspace';

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
  const merge = useMergeWorkspace();

  const fail = (error: unknown): void => {
    const reason = error instanceof Error ? error.message : String(error);
    notifications.show({ color: 'red', message: t('workspaceFile.restore.failed', { reason }) });
  };

  const pickBackup = async (): Promise<void> => {
    setBusy(true);
    try {
      const chosen = await chooseWorkspaceFile();
      if (!chosen) return;
      const { fileName, read } = chosen;
      setRestore(
        read.ok
          ? { step: 'confirm', contents: read.value, current: await countRecords() }
          : { step: 'refused', fileName, problems: read.problems },
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
          <Button
            variant="default"
            loading={merge.busy && merge.state.step !== 'review'}
            onClick={() => void merge.choose()}
          >
            {t('workspaceMerge.section.merge')}
          </Button>
        </Group>
        {restore.step === 'refused' && (
          <RestoreProblemList
            title={t('workspaceFile.restore.refused', { fileName: restore.fileName })}
            problems={restore.problems}
          />
        )}
        <MergeWorkspaceSteps merge={merge} />
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
