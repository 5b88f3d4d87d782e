import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRecord } from '@shared/domain';
import { findReportByFile, useReportRecords } from '@renderer/data/reports';
import { platform } from '@renderer/platform';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';

type Check = { fileName: string; match: ReportRecord | null } | { error: string };

/**
 * The register of exported reports with the SHA-256 of each file, and the check a board secretary runs on a
 * file they were sent: is it an unaltered copy of one the workbench produced?
 */
export const ExportedReportsCard = () => {
  const { t } = useTranslation();
  const records = useReportRecords();
  const [check, setCheck] = useState<Check>();
  const formatDateTime = useFormatDateTime();

  const checkFile = async () => {
    const result = await platform.openFile({
      filters: [{ name: t('reports.exported.fileFilter'), extensions: ['pdf', 'docx', 'xlsx'] }],
    });
    if (!result.ok) return setCheck({ error: result.error });
    if (result.value.status === 'cancelled') return;
    const { fileName, data } = result.value;
    setCheck({ fileName, match: await findReportByFile(new Uint8Array(data)) });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="exported-reports">
      <Group justify="space-between">
        <Title order={2} size="h3" id="exported-reports">
          {t('reports.exported.title')}
        </Title>
        <Button variant="light" onClick={() => void checkFile()}>
          {t('reports.exported.check')}
        </Button>
      </Group>
      {check && 'error' in check && (
        <Alert color="red" role="alert">
          {check.error}
        </Alert>
      )}
      {check && 'fileName' in check && (
        <Alert color={check.match ? 'green' : 'red'} role="status" title={check.fileName}>
          {check.match
            ? t('reports.exported.matches', {
                title: check.match.title,
                date: formatDateTime(check.match.generatedAt),
              })
            : t('reports.exported.noMatch')}
        </Alert>
      )}
      {records && records.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('reports.exported.none')}
        </Text>
      ) : (
        <Table striped fz="sm" aria-labelledby="exported-reports">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.exported.generatedAt')}</Table.Th>
              <Table.Th>{t('reports.exported.titleColumn')}</Table.Th>
              <Table.Th>{t('reports.exported.file')}</Table.Th>
              <Table.Th>{t('reports.exported.generatedBy')}</Table.Th>
              <Table.Th>SHA-256</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records?.map((record) => (
              <Table.Tr key={record.id}>
                <Table.Td>{formatDateTime(record.generatedAt)}</Table.Td>
                <Table.Td>{record.title}</Table.Td>
                <Table.Td>{record.fileName}</Table.Td>
                <Table.Td>{record.generatedBy || t('common.unnamedUser')}</Table.Td>
                <Table.Td ff="monospace" fz="xs" title={record.sha256}>
                  {record.sha256.slice(0, 16)}…
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};
