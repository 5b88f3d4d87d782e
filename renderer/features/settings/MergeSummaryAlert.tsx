import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergeSummary } from '@shared/workspace/merge-apply';
import { workspaceTables } from '@shared/workspace/workspace-data';
import type { SettingsGroup } from '@shared/workspace/workspace-settings';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { useSettingsGroupNames } from './useSettingsGroupNames';

/**
 * What a merge did, table by table: records added, updated (their version taken) and skipped; and the
 * settings groups theirs had otherwise, which were not taken.
 */
export const MergeSummaryAlert = ({
  exportedAt,
  summary,
  differingSettings,
  onClose,
}: {
  exportedAt: string;
  summary: MergeSummary;
  differingSettings: readonly SettingsGroup[];
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const groupNames = useSettingsGroupNames();
  return (
    <Alert
      color="green"
      role="status"
      title={t('workspaceMerge.summary.title', { date: formatDateTime(exportedAt) })}
      withCloseButton
      closeButtonLabel={t('workspaceMerge.summary.dismiss')}
      onClose={onClose}
    >
      <Stack gap="sm">
        <Table aria-label={t('workspaceMerge.summary.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('workspaceMerge.summary.table')}</Table.Th>
              <Table.Th ta="right">{t('workspaceMerge.summary.added')}</Table.Th>
              <Table.Th ta="right">{t('workspaceMerge.summary.updated')}</Table.Th>
              <Table.Th ta="right">{t('workspaceMerge.summary.skipped')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workspaceTables.map((table) => (
              <Table.Tr key={table}>
                <Table.Th scope="row" fw="normal">
                  {t(`workspaceFile.tables.${table}`)}
                </Table.Th>
                <Table.Td ta="right">{summary[table].added}</Table.Td>
                <Table.Td ta="right">{summary[table].updated}</Table.Td>
                <Table.Td ta="right">{summary[table].skipped}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {differingSettings.length > 0 && (
          <Text size="sm">
            {t('workspaceMerge.summary.settingsKept', { groups: groupNames(differingSettings) })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
};
