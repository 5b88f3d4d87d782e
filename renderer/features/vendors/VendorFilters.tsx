import { Select } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  listingValues,
  ownershipValues,
  sovereigntyLevelValues,
  type SovereigntyStatus,
  type Vendor,
} from '@shared/domain';
import { vendorRoleFilterValues } from '@shared/domain/standards';
import { CountryMultiSelect } from '@renderer/ui/CountryMultiSelect';
import { FilterBar } from '@renderer/ui/FilterBar';
import { FilterMultiSelect } from '@renderer/ui/FilterMultiSelect';
import { hasActiveFilters, useVendorFilters } from './useVendorFilters';

const levelValues: SovereigntyStatus[] = ['unrated', ...sovereigntyLevelValues];

interface VendorFiltersProps {
  vendors: readonly Vendor[];
  disabled: boolean;
}

/**
 * Search box and filters above the vendor table; choices offered are those present in the workspace.
 * Disabled while only the first vendors are in: a filter over them would miss the others.
 */
export const VendorFilters = memo(({ vendors, disabled }: VendorFiltersProps) => {
  const { t } = useTranslation();
  const countries = useVendorFilters((state) => state.countries);
  const role = useVendorFilters((state) => state.role);
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
    <FilterBar
      list="vendors"
      useFilters={useVendorFilters}
      isActive={hasActiveFilters}
      searchWidth={260}
      disabled={disabled}
    >
      <CountryMultiSelect
        label={t('vendors.filters.country')}
        codes={countryCodes}
        value={countries}
        onChange={(countries) => setFilters({ countries })}
        w={220}
      />
      <FilterMultiSelect
        label={t('vendors.filters.ownership')}
        data={ownershipValues.map((value) => ({ value, label: t(`vendors.ownership.${value}`) }))}
        useFilters={useVendorFilters}
        field="ownership"
        searchable
        w={200}
      />
      <FilterMultiSelect
        label={t('vendors.filters.listing')}
        data={listingValues.map((value) => ({ value, label: t(`vendors.listing.${value}`) }))}
        useFilters={useVendorFilters}
        field="listings"
        searchable
        w={200}
      />
      <FilterMultiSelect
        label={t('vendors.filters.level')}
        data={levelValues.map((value) => ({ value, label: t(`vendors.level.${value}`) }))}
        useFilters={useVendorFilters}
        field="levels"
        searchable
        w={200}
      />
      <FilterMultiSelect
        label={t('vendors.filters.tag')}
        data={tagOptions}
        useFilters={useVendorFilters}
        field="tags"
        searchable
        w={180}
      />
      <Select
        label={t('vendors.filters.role')}
        data={vendorRoleFilterValues.map((value) => ({ value, label: t(`vendors.roleFilter.${value}`) }))}
        allowDeselect={false}
        value={role}
        onChange={(value) => setFilters({ role: value ?? 'all' })}
        w={200}
      />
    </FilterBar>
  );
});
VendorFilters.displayName = 'VendorFilters';
