import { Group, MultiSelect } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import {
  listingValues,
  ownershipValues,
  sovereigntyLevelValues,
  type SovereigntyStatus,
  type Vendor,
} from '@shared/domain';
import { CountryMultiSelect } from '../../ui/CountryMultiSelect';
import { ClearFiltersButton, FilterSearchField } from '../../ui/FilterSearchField';
import { hasActiveFilters, useVendorFilters } from './useVendorFilters';

const levelValues: SovereigntyStatus[] = ['unrated', ...sovereigntyLevelValues];

/** Search box and filters above the vendor table; choices offered are those present in the workspace. */
export const VendorFilters = memo(({ vendors }: { vendors: readonly Vendor[] }) => {
  const { t } = useTranslation();
  const filters = useVendorFilters(
    useShallow(({ countries, ownership, listings, levels, tags }) => ({
      countries,
      ownership,
      listings,
      levels,
      tags,
    })),
  );
  const setFilters = useVendorFilters((state) => state.setFilters);

  const { countryCodes, tagOptions } = useMemo(() => {
    const countries = new Set<string>();
    const tags = new Set<string>();
    for (const vendor of vendors) {
      countries.add(vendor.hqCountry);
      for (const tag of vendor.tags) tags.add(tag);
    }
    return { countryCodes: [...countries], tagOptions: [...tags].sort((a, b) => a.localeCompare(b)) };
  }, [vendors]);

  return (
    <Group align="flex-end" gap="sm" mb="md" role="search" aria-label={t('vendors.filters.label')}>
      <FilterSearchField
        useFilters={useVendorFilters}
        label={t('vendors.filters.search')}
        placeholder={t('vendors.filters.searchPlaceholder')}
        w={260}
      />
      <CountryMultiSelect
        label={t('vendors.filters.country')}
        codes={countryCodes}
        value={filters.countries}
        onChange={(countries) => setFilters({ countries })}
        w={220}
      />
      <MultiSelect
        label={t('vendors.filters.ownership')}
        data={ownershipValues.map((value) => ({ value, label: t(`vendors.ownership.${value}`) }))}
        value={filters.ownership}
        onChange={(values) => setFilters({ ownership: values })}
        searchable
        clearable
        w={200}
      />
      <MultiSelect
        label={t('vendors.filters.listing')}
        data={listingValues.map((value) => ({ value, label: t(`vendors.listing.${value}`) }))}
        value={filters.listings}
        onChange={(values) => setFilters({ listings: values })}
        searchable
        clearable
        w={200}
      />
      <MultiSelect
        label={t('vendors.filters.level')}
        data={levelValues.map((value) => ({ value, label: t(`vendors.level.${value}`) }))}
        value={filters.levels}
        onChange={(values) => setFilters({ levels: values })}
        searchable
        clearable
        w={200}
      />
      <MultiSelect
        label={t('vendors.filters.tag')}
        data={tagOptions}
        value={filters.tags}
        onChange={(tags) => setFilters({ tags })}
        searchable
        clearable
        w={180}
      />
      <ClearFiltersButton
        useFilters={useVendorFilters}
        isActive={hasActiveFilters}
        label={t('vendors.filters.clear')}
      />
    </Group>
  );
});
VendorFilters.displayName = 'VendorFilters';
