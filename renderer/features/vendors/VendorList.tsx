import { Button, Group, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDependencies } from '@renderer/data/dependencies';
import { useFirstRowsThenAll } from '@renderer/data/useFirstRowsThenAll';
import { readFirstVendors, useVendors } from '@renderer/data/vendors';
import type { Dependency, Vendor } from '@shared/domain';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { SectionEmptyState } from '@renderer/ui/SectionEmptyState';
import { ImportButton } from '@renderer/features/import';
import { useVendorFilters } from './useVendorFilters';
import { useVendorColumns } from './vendorColumns';
import { VendorFilters } from './VendorFilters';
import { buildVendorRows, countByVendor, filterVendorRows } from './vendorRows';
import { paths } from '@renderer/paths';

const vendorRowId = (row: { vendor: { id: string } }): string => row.vendor.id;

interface VendorListData {
  vendors: Vendor[];
  /** Undefined while only the first vendors are in: their dependency counts are not known yet. */
  dependencies: Dependency[] | undefined;
}

const useWholeVendorList = (live: boolean): VendorListData | undefined => {
  const vendors = useVendors(live);
  const dependencies = useDependencies(live);
  return vendors && dependencies ? { vendors, dependencies } : undefined;
};

const readFirstVendorRows = async (): Promise<VendorListData | undefined> => {
  const vendors = await readFirstVendors();
  return vendors.length > 0 ? { vendors, dependencies: undefined } : undefined;
};

/**
 * The vendor inventory: filters over a virtualized table, each name a link to the vendor's page. It opens
 * on its first rows, then the whole table (and the dependency counts) takes their place.
 */
export const VendorListPage = () => {
  const { t } = useTranslation();
  const list = useFirstRowsThenAll(useWholeVendorList, readFirstVendorRows);
  const vendors = list?.data.vendors;
  const dependencies = list?.data.dependencies;
  const filters = useVendorFilters();
  // The table follows the filters a frame behind the keyboard, so typing stays fluid with 10,000 rows.
  const deferredFilters = useDeferredValue(filters);

  const rows = useMemo(() => buildVendorRows(vendors ?? []), [vendors]);
  const visibleRows = useMemo(() => filterVendorRows(rows, deferredFilters), [rows, deferredFilters]);
  const dependencyCounts = useMemo(() => dependencies && countByVendor(dependencies), [dependencies]);
  const columns = useVendorColumns(dependencyCounts);

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('sections.vendors.title')}</PageTitle>
        <Group>
          <ImportButton entity="vendors" />
          <Button component={Link} to={paths.vendors.new}>
            {t('vendors.list.newVendor')}
          </Button>
        </Group>
      </Group>
      {vendors === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : vendors.length === 0 ? (
        <SectionEmptyState
          title={t('sections.vendors.emptyTitle')}
          description={t('sections.vendors.emptyBody')}
          action={{ label: t('vendors.list.emptyAction'), to: paths.vendors.new }}
        />
      ) : (
        <>
          <VendorFilters vendors={vendors} disabled={!list?.complete} />
          {/* Rows arrive sorted by name from useVendors, so no initial sort is needed (nor paid for). */}
          <DataTable
            data={visibleRows}
            columns={columns}
            getRowId={vendorRowId}
            label={t('vendors.list.tableLabel')}
            emptyMessage={t('vendors.list.noMatch')}
            complete={list?.complete}
            height="calc(100vh - 330px)"
          />
        </>
      )}
    </>
  );
};
