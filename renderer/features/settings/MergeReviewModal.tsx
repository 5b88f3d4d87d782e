import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  choicesForAll,
  mergeConflicts,
  mergeTables,
  preselectedChoices,
  type MergePlan,
  type MergeSide,
} from '@shared/workspace/merge-plan';
import { mergeRecordNames } from '@shared/workspace/merge-diff';
import type { WorkspaceFileContents } from '@shared/workspace/workspace-file';
import type { SettingsGroup } from '@shared/workspace/workspace-settings';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { MergeConflictList } from './MergeConflictList';
import { TableCounts } from './TableCounts';
import { useSettingsGroupNames } from './useSettingsGroupNames';
import { DialogActions } from '@renderer/ui/DialogActions';
import { TaskProgress, type TaskProgressState } from '@renderer/ui/TaskProgress';

/**
 * Says what merging a colleague's workspace brings, table by table, and the settings groups theirs has
 * otherwise (ours are kept), and asks which version of each conflict to keep.
 */
export const MergeReviewModal = ({
  contents,
  plan,
  differingSettings,
  busy,
  progress,
  onStop,
  onMerge,
  onCancel,
}: {
  contents: WorkspaceFileContents;
  plan: MergePlan;
  differingSettings: readonly SettingsGroup[];
  busy: boolean;
  /** Records written so far, once the merge runs. */
  progress: TaskProgressState | undefined;
  /** Stops the merge under way: its transaction is aborted, nothing is written. */
  onStop: () => void;
  onMerge: (choices: ReadonlyMap<string, MergeSide>) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const groupNames = useSettingsGroupNames();
  const conflicts = useMemo(() => mergeConflicts(plan), [plan]);
  const names = useMemo(() => mergeRecordNames(plan), [plan]);
  // A table the file brings nothing of is left out: the conflicts below stay within reach.
  const shownTables = useMemo(
    () =>
      mergeTables.filter(
        (table) =>
          plan.tables[table].added.length +
            plan.tables[table].identical.length +
            plan.tables[table].conflicts.length >
          0,
      ),
    [plan],
  );
  const [choices, setChoices] = useState<ReadonlyMap<string, MergeSide>>(() => preselectedChoices(plan));
  const signedOff = conflicts.filter((conflict) => conflict.signedOff).length;
  const choose = useCallback(
    (id: string, side: MergeSide) => setChoices((before) => new Map(before).set(id, side)),
    [],
  );

  return (
    <Modal opened onClose={onCancel} title={t('workspaceMerge.review.title')} size="90%">
      <Stack>
        <Text>
          {t('workspaceMerge.review.from', {
            date: formatDateTime(contents.exportedAt),
            app: contents.app.name,
            version: contents.app.version,
            organisation: contents.organisation.name || t('workspaceFile.restore.unnamedOrganisation'),
          })}
        </Text>
        <TableCounts
          aria-label={t('workspaceMerge.review.counts')}
          verticalSpacing={2}
          maw={640}
          tableHeading={t('workspaceMerge.review.table')}
          columns={[
            { heading: t('workspaceMerge.review.toAdd'), count: (table) => plan.tables[table].added.length },
            {
              heading: t('workspaceMerge.review.identical'),
              count: (table) => plan.tables[table].identical.length,
            },
            {
              heading: t('workspaceMerge.review.conflicts'),
              count: (table) => plan.tables[table].conflicts.length,
            },
          ]}
          tables={shownTables}
          after={
            <Table.Tr>
              <Table.Th scope="row" fw="normal">
                {t('workspaceFile.tables.auditLog')}
              </Table.Th>
              <Table.Td ta="right">{plan.auditLog.added.length}</Table.Td>
              <Table.Td ta="right">{plan.auditLog.identical.length}</Table.Td>
              <Table.Td ta="right">0</Table.Td>
            </Table.Tr>
          }
        />
        {differingSettings.length > 0 && (
          <Text size="sm">
            {t('workspaceMerge.review.settingsDiffer', { groups: groupNames(differingSettings) })}
          </Text>
        )}
        <Title order={3} size="h5">
          {t('workspaceMerge.review.conflictList')}
        </Title>
        {conflicts.length > 0 && (
          <>
            <Text size="sm">{t('workspaceMerge.review.conflictHelp')}</Text>
            {signedOff > 0 && (
              <Text size="sm" fw={500}>
                {t('workspaceMerge.review.signedOffHelp', { count: signedOff })}
              </Text>
            )}
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setChoices(choicesForAll(plan, 'newer'))}>
                {t('workspaceMerge.review.allNewer')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setChoices(choicesForAll(plan, 'current'))}>
                {t('workspaceMerge.review.allMine')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setChoices(choicesForAll(plan, 'incoming'))}>
                {t('workspaceMerge.review.allTheirs')}
              </Button>
            </Group>
          </>
        )}
        <MergeConflictList conflicts={conflicts} choices={choices} names={names} onChoose={choose} />
        {progress && <TaskProgress {...progress} onCancel={onStop} />}
        <DialogActions>
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('workspaceMerge.review.cancel')}
          </Button>
          <Button onClick={() => onMerge(choices)} disabled={busy}>
            {t('workspaceMerge.review.confirm')}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
};
