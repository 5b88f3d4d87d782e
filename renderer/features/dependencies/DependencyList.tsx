import { Button, Group, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDependencies } from '@renderer/data/dependencies';
import { useVendors } from '@renderer/data/vendors';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { SectionEmptyState } from '@renderer/ui/SectionEmptyState';
import { ConcentrationSection } from '@renderer/features/concentration';
import { ImportButton } from '@renderer/features/import';
import { useDependencyColumns } from './dependencyColumns';
import { DependencyFilters } from './DependencyFilters';
import { dependencyRowsOf, filterDependencyRows } from './dependencyRows';
import { useDependencyFilters } from './useDependencyFilters';
import { paths } from '@renderer/paths';

const dependencyRowId = (row: { dependency: { id: string } }): string => row.dependency.id;

/** The dependency inventory: filters over a virtualized table, then the concentration per network domain. */
export const DependencyListPage = () => {
  const { t } = useTranslation();
  const dependencies = useDependencies();
  const vendors = useVendors();
  const filters = useDependencyFilters();
  // The table follows the filters a frame behind the keyboard, so typing stays fluid with 10,000 rows.
  const deferredFilters = useDeferredValue(filters);

  const rows = useMemo(
    () => (dependencies && vendors ? dependencyRowsOf(dependencies, vendors) : []),
    [dependencies, vendors],
  );
  const visibleRows = useMemo(() => filterDependencyRows(rows, deferredFilters), [rows, deferredFilters]);
  const columns = useDependencyColumns();

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('sections.dependencies.title')}</PageTitle>
        <Group>
          <ImportButton entity="dependencies" />
          <Button component={Link} to={paths.dependencies.new}>
            {t('dependencies.list.newDependency')}
          </Button>
        </Group>
      </Group>
      {dependencies === undefined || vendors === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : dependencies.length === 0 ? (
        <SectionEmptyState
          title={t('sections.dependencies.emptyTitle')}
          description={t('sections.dependencies.emptyBody')}
          action={{ label: t('dependencies.list.emptyAction'), to: paths.dependencies.new }}
        />
      ) : (
        <>
          <DependencyFilters rows={rows} />
          {/* Rows arrive sorted by name from useDependencies, so no initial sort is needed (nor paid for). */}
          <DataTable
            data={visibleRows}
            columns={columns}
            getRowId={dependencyRowId}
            label={t('dependencies.list.tableLabel')}
            emptyMessage={t('dependencies.list.noMatch')}
            height="calc(100vh - 330px)"
          />
          <ConcentrationSection />
        </>
      )}
    </>
  );
};
