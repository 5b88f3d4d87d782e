import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceTable } from '@shared/workspace/workspace-data';
import type {
  WorkspaceFileContents,
  WorkspaceFileProblem,
  WorkspaceOrganisation,
} from '@shared/workspace/workspace-file';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { replaceWorkspace, type RestoreSummary } from '@renderer/data/workspace-backup';
import { countRecords } from '@renderer/data/workspace-tables';
import { CancelledReading } from './CancelledReading';
import { chooseWorkspaceFile } from './chooseWorkspaceFile';
import { MergeWorkspaceSteps } from './MergeWorkspaceSteps';
import { checkingLabel } from './progressLabels';
import { RestoreConfirmModal } from './RestoreConfirmModal';
import { RestoreDoneAlert } from './RestoreDoneAlert';
import { RestoreProblemList } from './RestoreProblemList';
import { TaskProgress, type TaskProgressState } from '@renderer/ui/TaskProgress';
import { useAbortable } from './useAbortable';
import { useBackUpWorkspace } from './useBackUpWorkspace';
import { useMergeWorkspace } from './useMergeWorkspace';

type RestoreState =
  | { step: 'idle' }
  | { step: 'confirm'; contents: WorkspaceFileContents; current: Record<WorkspaceTable, number> }
  | { step: 'refused'; fileName: string; problems: WorkspaceFileProblem[] }
  | { step: 'cancelled' }
  | { step: 'writeCancelled' }
  // Only what the summary shows: the contents (evidence files included) are let go once written.
  | { step: 'done'; exportedAt: string; organisation: WorkspaceOrganisation; summary: RestoreSummary };

/** Settings section: back the workspace up to one file, or replace it with a backup after checking it whole. */
export const WorkspaceFileSection = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const backup = useBackUpWorkspace();
  const { busy: backingUp, progress: backupProgress } = backup;
  const [restore, setRestore] = useState<RestoreState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<TaskProgressState>();
  const merge = useMergeWorkspace();
  const checking = useAbortable();
  // Not aborted on leaving the screen: a restore the user confirmed goes on unless they cancel it.
  const writing = useRef<AbortController | undefined>(undefined);

  const fail = (error: unknown): void => {
    const reason = errorMessage(error);
    notifications.show({ color: 'red', message: t('workspaceFile.restore.failed', { reason }) });
  };

  const pickBackup = async (): Promise<void> => {
    setBusy(true);
    setRestore((before) =>
      before.step === 'cancelled' || before.step === 'writeCancelled' ? { step: 'idle' } : before,
    );
    const signal = checking.start();
    try {
      const chosen = await chooseWorkspaceFile({
        signal,
        onChosen: () => setProgress({ label: checkingLabel(t, 0), done: 0 }),
        onProgress: (done, total) =>
          setProgress({ label: checkingLabel(t, done, total), done, ...(total !== undefined && { total }) }),
      });
      if (!chosen) {
        if (signal.aborted) setRestore({ step: 'cancelled' });
        return;
      }
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
      setProgress(undefined);
    }
  };

  const confirmRestore = async (contents: WorkspaceFileContents): Promise<void> => {
    setBusy(true);
    const controller = new AbortController();
    writing.current = controller;
    try {
      const summary = await replaceWorkspace(contents, {
        onProgress: (done, total) =>
          setProgress({ label: t('workspaceFile.progress.restoring', { done, total }), done, total }),
        signal: controller.signal,
      });
      setRestore({
        step: 'done',
        exportedAt: contents.exportedAt,
        organisation: contents.organisation,
        summary,
      });
    } catch (error) {
      if (controller.signal.aborted) setRestore({ step: 'writeCancelled' });
      else fail(error);
    } finally {
      writing.current = undefined;
      setBusy(false);
      setProgress(undefined);
    }
  };

  return (
    <Fieldset legend={t('workspaceFile.section.title')}>
      <Stack>
        <Text size="sm">{t('workspaceFile.section.description')}</Text>
        <Group>
          <Button disabled={backingUp} onClick={() => void backup.backUp()}>
            {t('workspaceFile.section.backUp')}
          </Button>
          <Button variant="default" disabled={busy} onClick={() => void pickBackup()}>
            {t('workspaceFile.section.restore')}
          </Button>
          <Button variant="default" disabled={merge.busy} onClick={() => void merge.choose()}>
            {t('workspaceMerge.section.merge')}
          </Button>
        </Group>
        {backupProgress && (
          <TaskProgress
            label={t('workspaceFile.progress.backingUp', { ...backupProgress })}
            done={backupProgress.done}
            total={backupProgress.total}
            onCancel={backup.cancel}
          />
        )}
        {backup.cancelled && (
          <Text c="dimmed" role="status">
            {t('workspaceFile.backup.cancelled')}
          </Text>
        )}
        {progress && restore.step !== 'confirm' && <TaskProgress {...progress} onCancel={checking.cancel} />}
        {restore.step === 'cancelled' && <CancelledReading />}
        {restore.step === 'writeCancelled' && (
          <Text c="dimmed" role="status">
            {t('workspaceFile.restore.writeCancelled')}
          </Text>
        )}
        {restore.step === 'refused' && (
          <RestoreProblemList
            title={t('workspaceFile.restore.refused', { fileName: restore.fileName })}
            problems={restore.problems}
          />
        )}
        {restore.step === 'done' && (
          <RestoreDoneAlert
            exportedAt={restore.exportedAt}
            organisation={restore.organisation}
            summary={restore.summary}
            onClose={() => setRestore({ step: 'idle' })}
          />
        )}
        <MergeWorkspaceSteps merge={merge} />
      </Stack>
      {restore.step === 'confirm' && (
        <RestoreConfirmModal
          contents={restore.contents}
          current={restore.current}
          busy={busy}
          progress={progress}
          onStop={() => writing.current?.abort()}
          onConfirm={() => void confirmRestore(restore.contents)}
          onCancel={() => setRestore({ step: 'idle' })}
        />
      )}
    </Fieldset>
  );
};
