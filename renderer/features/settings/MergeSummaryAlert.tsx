import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergeSummary } from '@shared/workspace/merge-apply';
import { workspaceTables } from '@shared/workspace/workspace-data';
import type { SettingsGroup } from '@shared/workspace/workspace-settings';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { TableCounts } from './TableCounts';
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
        <TableCounts
          aria-label={t('workspaceMerge.summary.label')}
          tableHeading={t('workspaceMerge.summary.table')}
          columns={[
            { heading: t('workspaceMerge.summary.added'), count: (table) => summary[table].added },
            { heading: t('workspaceMerge.summary.updated'), count: (table) => summary[table].updated },
            { heading: t('workspaceMerge.summary.skipped'), count: (table) => summary[table].skipped },
          ]}
          tables={workspaceTables}
        />
        {differingSettings.length > 0 && (
          <Text size="sm">
            {t('workspaceMerge.summary.settingsKept', { groups: groupNames(differingSettings) })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
};
