import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { workspaceTables, type WorkspaceTable } from '@shared/workspace/workspace-data';
import type { WorkspaceFileContents } from '@shared/workspace/workspace-file';
import { settingsGroups, settingsGroupsIn } from '@shared/workspace/workspace-settings';
import { backupLacksReferenceEntries, builtInReferenceEntryCount } from '@renderer/data/workspace-backup';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { TaskProgress, type TaskProgressState } from '@renderer/ui/TaskProgress';
import { DialogActions } from '@renderer/ui/DialogActions';
import { TableCounts } from './TableCounts';
import { useSettingsGroupNames } from './useSettingsGroupNames';

/**
 * Says what a restore replaces by what — record counts per table, the settings taken from the backup and
 * those set back to their defaults, the backup's date and app — and asks.
 */
export const RestoreConfirmModal = ({
  contents,
  current,
  busy,
  progress,
  onStop,
  onConfirm,
  onCancel,
}: {
  contents: WorkspaceFileContents;
  current: Record<WorkspaceTable, number>;
  busy: boolean;
  /** Records written so far, once the restore runs. */
  progress: TaskProgressState | undefined;
  /** Stops the restore under way: its transaction is aborted, nothing is written. */
  onStop: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const groupNames = useSettingsGroupNames();
  const fromBackup = settingsGroupsIn(contents.settings);
  const toDefault = settingsGroups.filter((group) => !fromBackup.includes(group));
  return (
    <Modal
      opened
      onClose={busy ? () => undefined : onCancel}
      title={t('workspaceFile.restore.title')}
      size="lg"
    >
      <Stack>
        <Text>
          {t('workspaceFile.restore.from', {
            date: formatDateTime(contents.exportedAt),
            app: contents.app.name,
            version: contents.app.version,
            organisation: contents.organisation.name || t('workspaceFile.restore.unnamedOrganisation'),
          })}
        </Text>
        <TableCounts
          tableHeading={t('workspaceFile.restore.table')}
          columns={[
            { heading: t('workspaceFile.restore.now'), count: (table) => current[table] },
            {
              heading: t('workspaceFile.restore.inBackup'),
              count: (table) => contents.records[table].length,
            },
          ]}
          tables={workspaceTables}
        />
        {fromBackup.length > 0 && (
          <Text size="sm">
            {t('workspaceFile.restore.settingsFromBackup', { groups: groupNames(fromBackup) })}
          </Text>
        )}
        {toDefault.length > 0 && (
          <Text size="sm">
            {t('workspaceFile.restore.settingsToDefault', { groups: groupNames(toDefault) })}
          </Text>
        )}
        {backupLacksReferenceEntries(contents.records) && (
          <Alert color="blue">
            {t('workspaceFile.restore.builtInWillStay', { count: builtInReferenceEntryCount })}
          </Alert>
        )}
        {progress && <TaskProgress {...progress} onCancel={onStop} />}
        <DialogActions>
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('workspaceFile.restore.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} disabled={busy}>
            {t('workspaceFile.restore.confirm')}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
};
