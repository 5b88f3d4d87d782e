import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview as Preview } from '@renderer/data/import';
import { DataTable } from '@renderer/ui/table/DataTable';
import { TaskProgress } from '@renderer/ui/TaskProgress';
import { useProblemColumns, useProblemRows } from './problemColumns';
import { PREVIEW_ROW_HEADER, previewRowId, useChangedFrom, usePreviewRowColumns } from './previewRowColumns';

interface ImportPreviewProps {
  fileName: string;
  plan: Preview;
  /** The records written so far while the import is being written. */
  written: number | undefined;
  /** Whether the user has just cancelled writing this file. */
  cancelled: boolean;
  onCommit: () => void;
  onCancelCommit: () => void;
}

const problemRowId = (row: { key: string }): string => row.key;

/**
 * What the file would do — each row with the values it writes, new rows and changed cells marked — and
 * every problem by row and column; nothing is written yet. While it is written, how many records are,
 * with a Cancel that writes nothing.
 */
export const ImportPreview = ({
  fileName,
  plan,
  written,
  cancelled,
  onCommit,
  onCancelCommit,
}: ImportPreviewProps) => {
  const { t } = useTranslation();
  const rows = useProblemRows(plan.problems);
  const columns = useProblemColumns();
  const previewColumns = usePreviewRowColumns(plan.table);
  const changedFrom = useChangedFrom();
  const unchanged = useMemo(
    () => plan.table?.rows.filter((row) => row.status === 'unchanged').length ?? 0,
    [plan.table],
  );
  const count = plan.records.length;
  const blocked = plan.problems.length > 0 || count === 0;

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('importer.preview.title', { name: fileName })}
      </Title>
      <Text>{t('importer.preview.counts', { created: plan.created, updated: plan.updated })}</Text>
      {unchanged > 0 && <Text size="sm">{t('importer.preview.unchanged', { count: unchanged })}</Text>}
      {plan.table && plan.table.rows.length > 0 && (
        <>
          <Title order={3} size="h5">
            {t('importer.preview.rowsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('importer.preview.rowsHint')}
          </Text>
          <DataTable
            data={plan.table.rows}
            columns={previewColumns}
            getRowId={previewRowId}
            label={t('importer.preview.rowsTable')}
            emptyMessage={t('importer.preview.noRows')}
            height="50vh"
            rowHeader={PREVIEW_ROW_HEADER}
            cellNote={changedFrom}
          />
        </>
      )}
      {plan.problems.length > 0 ? (
        <>
          <Alert color="red" title={t('importer.preview.problemCount', { count: plan.problems.length })} />
          <DataTable
            data={rows}
            columns={columns}
            getRowId={problemRowId}
            label={t('importer.preview.problemsTable')}
            emptyMessage={t('importer.preview.noProblems')}
            height="50vh"
          />
        </>
      ) : (
        <Text c="dimmed">{t('importer.preview.ready')}</Text>
      )}
      {written === undefined ? (
        <Group>
          <Button onClick={onCommit} disabled={blocked}>
            {t('importer.preview.import', { count })}
          </Button>
        </Group>
      ) : (
        <TaskProgress
          label={t('importer.preview.writing', { done: written, total: count })}
          done={written}
          total={count}
          onCancel={onCancelCommit}
        />
      )}
      {cancelled && (
        <Text role="status" c="dimmed">
          {t('importer.preview.cancelled')}
        </Text>
      )}
    </Stack>
  );
};
