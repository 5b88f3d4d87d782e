import { Button, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChecklists } from '@renderer/data/checklists';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { ChecklistSectionTabs } from '@renderer/features/assessments';
import { useChecklistColumns } from './checklistColumns';
import { buildChecklistRows, type ChecklistRow } from './checklistRows';
import { ImportChecklistsButton } from './ImportChecklistsButton';
import { paths } from '@renderer/paths';

const checklistRowId = (row: ChecklistRow): string => row.checklist.id;

/** The checklist templates: the built-in ones first, then the user's own. */
export const ChecklistListPage = () => {
  const { t } = useTranslation();
  const checklists = useChecklists();
  const rows = useMemo(() => buildChecklistRows(checklists ?? []), [checklists]);
  const columns = useChecklistColumns();

  return (
    <>
      <ChecklistSectionTabs active="templates" />
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('sections.checklists.title')}</PageTitle>
        <Group>
          <ImportChecklistsButton />
          <Button component={Link} to={paths.checklists.new}>
            {t('checklists.list.newChecklist')}
          </Button>
        </Group>
      </Group>
      {checklists === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <DataTable
          data={rows}
          columns={columns}
          getRowId={checklistRowId}
          label={t('checklists.list.tableLabel')}
          emptyMessage={t('checklists.list.noMatch')}
          height="calc(100vh - 300px)"
        />
      )}
    </>
  );
};
