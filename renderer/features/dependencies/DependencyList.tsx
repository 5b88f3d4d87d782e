import { Button, Group, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readFirstDependencies, useDependencies } from '@renderer/data/dependencies';
import { useFirstRowsThenAll } from '@renderer/data/useFirstRowsThenAll';
import { useVendors } from '@renderer/data/vendors';
import type { Dependency, Vendor } from '@shared/domain';
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

interface DependencyListData {
  dependencies: Dependency[];
  /** Every vendor, or while only the first dependencies are in, theirs. */
  vendors: Vendor[];
}

const useWholeDependencyList = (live: boolean): DependencyListData | undefined => {
  const dependencies = useDependencies(live);
  const vendors = useVendors(live);
  return dependencies && vendors ? { dependencies, vendors } : undefined;
};

const readFirstDependencyRows = async (): Promise<DependencyListData | undefined> => {
  const first = await readFirstDependencies();
  return first.dependencies.length > 0 ? first : undefined;
};

/**
 * The dependency inventory: filters over a virtualized table, then the concentration per network domain. It
 * opens on its first rows, then the whole table takes their place and the concentration shows.
 */
export const DependencyListPage = () => {
  const { t } = useTranslation();
  const list = useFirstRowsThenAll(useWholeDependencyList, readFirstDependencyRows);
  const dependencies = list?.data.dependencies;
  const vendors = list?.data.vendors;
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
          <DependencyFilters rows={rows} disabled={!list?.complete} />
          {/* Rows arrive sorted by name from useDependencies, so no initial sort is needed (nor paid for). */}
          <DataTable
            data={visibleRows}
            columns={columns}
            getRowId={dependencyRowId}
            label={t('dependencies.list.tableLabel')}
            emptyMessage={t('dependencies.list.noMatch')}
            complete={list?.complete}
            height="calc(100vh - 330px)"
          />
          {list?.complete && <ConcentrationSection />}
        </>
      )}
    </>
  );
};
