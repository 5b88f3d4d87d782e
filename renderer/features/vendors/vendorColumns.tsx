import { Anchor } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sovereigntyLevelRank } from '@shared/domain';
import { SovereigntyBadge } from '@renderer/ui/badges/SovereigntyBadge';
import { useCountryName } from '@renderer/ui/useCountryNames';
import type { VendorRow } from './vendorRows';
import { paths } from '@renderer/paths';

const column = createColumnHelper<VendorRow>();

/** The vendor table's columns; each sorts on a plain value (a name, a rank, a count), not on what it displays. */
export const useVendorColumns = (dependencyCounts: ReadonlyMap<string, number> | undefined) => {
  const { t } = useTranslation();
  const countryName = useCountryName();
  return useMemo(
    () => [
      column.accessor((row) => row.vendor.name, {
        id: 'name',
        header: t('vendors.columns.name'),
        size: 240,
        cell: ({ row }) => (
          <Anchor component={Link} to={paths.vendors.view(row.original.vendor.id)}>
            {row.original.vendor.name}
          </Anchor>
        ),
      }),
      column.accessor((row) => countryName(row.vendor.hqCountry), {
        id: 'hqCountry',
        header: t('vendors.columns.hqCountry'),
      }),
      column.accessor((row) => t(`vendors.ownership.${row.vendor.ownership}`), {
        id: 'ownership',
        header: t('vendors.columns.ownership'),
      }),
      column.accessor(
        (row) => row.vendor.listings.map((listing) => t(`vendors.listing.${listing.list}`)).join(', '),
        { id: 'listings', header: t('vendors.columns.listings') },
      ),
      column.accessor(
        // Level first, then index, so that within a level the worse-rated vendors sort together.
        (row) => sovereigntyLevelRank[row.sovereignty.level] * 1000 + (row.sovereignty.index ?? -1),
        {
          id: 'sovereignty',
          header: t('vendors.columns.sovereignty'),
          size: 180,
          cell: ({ row }) => (
            <SovereigntyBadge level={row.original.sovereignty.level} index={row.original.sovereignty.index} />
          ),
        },
      ),
      column.accessor((row) => row.vendor.roles.map((role) => t(`vendors.role.${role}`)).join(', '), {
        id: 'roles',
        header: t('vendors.columns.roles'),
        size: 170,
      }),
      column.accessor((row) => dependencyCounts?.get(row.vendor.id) ?? 0, {
        id: 'dependencies',
        header: t('vendors.columns.dependencies'),
        size: 120,
        // Until the dependencies are read, a count of 0 would be a wrong answer: the cell says it is coming.
        ...(!dependencyCounts && { cell: () => t('common.loading') }),
      }),
      column.accessor((row) => row.vendor.tags.join(', '), {
        id: 'tags',
        header: t('vendors.columns.tags'),
        enableSorting: false,
      }),
    ],
    [t, countryName, dependencyCounts],
  );
};
