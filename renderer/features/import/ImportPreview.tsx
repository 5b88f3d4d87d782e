import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '@shared/import';
import { DataTable } from '@renderer/ui/table/DataTable';
import { useProblemColumns, useProblemRows } from './problemColumns';

interface ImportPreviewProps {
  fileName: string;
  plan: ImportPlan;
  committing: boolean;
  onCommit: () => void;
}

const problemRowId = (row: { key: string }): string => row.key;

/** What the file would do (new and updated records) and every problem by row and column; nothing is written yet. */
export const ImportPreview = ({ fileName, plan, committing, onCommit }: ImportPreviewProps) => {
  const { t } = useTranslation();
  const rows = useProblemRows(plan.problems);
  const columns = useProblemColumns();
  const count = plan.records.length;
  const blocked = plan.problems.length > 0 || count === 0;

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('importer.preview.title', { name: fileName })}
      </Title>
      <Text>{t('importer.preview.counts', { created: plan.created, updated: plan.updated })}</Text>
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
      <Group>
        <Button onClick={onCommit} disabled={blocked} loading={committing}>
          {t('importer.preview.import', { count })}
        </Button>
      </Group>
    </Stack>
  );
};
