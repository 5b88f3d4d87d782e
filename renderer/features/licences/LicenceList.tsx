import { Button, Group, Tabs, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { ImportButton } from '@renderer/features/import';
import { SectionEmptyState } from '@renderer/ui/SectionEmptyState';
import { LicenceDeadlines } from './LicenceDeadlines';
import { useClauseMatrixColumns, useLicenceColumns } from './licenceColumns';
import { LicenceFilters } from './LicenceFilters';
import { filterLicenceRows } from './licenceRows';
import { useLicenceFilters } from './useLicenceFilters';
import { useLicenceRows } from './useLicenceRows';
import { paths } from '@renderer/paths';

const licenceRowId = (row: { licence: { id: string } }): string => row.licence.id;

/** The licence register, its clause matrix and its deadlines, the filters applying to all three. */
export const LicenceListPage = () => {
  const { t } = useTranslation();
  const rows = useLicenceRows();
  const filters = useLicenceFilters();
  // The tables follow the filters a frame behind the keyboard, so typing stays fluid with 10,000 rows.
  const deferredFilters = useDeferredValue(filters);
  const visibleRows = useMemo(() => filterLicenceRows(rows ?? [], deferredFilters), [rows, deferredFilters]);
  const columns = useLicenceColumns();
  const matrixColumns = useClauseMatrixColumns();

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('sections.licences.title')}</PageTitle>
        <Group>
          <ImportButton entity="licences" />
          <Button component={Link} to={paths.licences.new}>
            {t('licences.list.newLicence')}
          </Button>
        </Group>
      </Group>
      {rows === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : rows.length === 0 ? (
        <SectionEmptyState
          title={t('sections.licences.emptyTitle')}
          description={t('sections.licences.emptyBody')}
          action={{ label: t('licences.list.emptyAction'), to: paths.licences.new }}
        />
      ) : (
        <>
          <LicenceFilters rows={rows} />
          <Tabs defaultValue="register" keepMounted={false}>
            <Tabs.List aria-label={t('licences.views.label')} mb="md">
              <Tabs.Tab value="register">{t('licences.views.register')}</Tabs.Tab>
              <Tabs.Tab value="matrix">{t('licences.views.matrix')}</Tabs.Tab>
              <Tabs.Tab value="deadlines">{t('licences.views.deadlines')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="register">
              <DataTable
                data={visibleRows}
                columns={columns}
                getRowId={licenceRowId}
                label={t('licences.list.tableLabel')}
                emptyMessage={t('licences.list.noMatch')}
                height="calc(100vh - 360px)"
              />
            </Tabs.Panel>
            <Tabs.Panel value="matrix">
              <DataTable
                data={visibleRows}
                columns={matrixColumns}
                getRowId={licenceRowId}
                label={t('licences.list.matrixLabel')}
                emptyMessage={t('licences.list.noMatch')}
                height="calc(100vh - 360px)"
              />
            </Tabs.Panel>
            <Tabs.Panel value="deadlines">
              <LicenceDeadlines rows={visibleRows} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </>
  );
};
