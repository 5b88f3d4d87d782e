import { Alert, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergeSummary } from '@shared/workspace/merge-apply';
import { workspaceTables } from '@shared/workspace/workspace-data';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';

/** What a merge did, table by table: records added, updated (their version taken) and skipped. */
export const MergeSummaryAlert = ({
  exportedAt,
  summary,
  onClose,
}: {
  exportedAt: string;
  summary: MergeSummary;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Alert
      color="green"
      role="status"
      title={t('workspaceMerge.summary.title', { date: formatDateTime(exportedAt) })}
      withCloseButton
      closeButtonLabel={t('workspaceMerge.summary.dismiss')}
      onClose={onClose}
    >
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
    </Alert>
  );
};
