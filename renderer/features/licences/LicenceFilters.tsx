import { Group, MultiSelect } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { deadlineStatusValues, licenceClassValues, licenceTypeValues } from '@shared/domain';
import { ClearFiltersButton, FilterSearchField } from '../../ui/FilterSearchField';
import { VENDOR_OPTION_LIMIT } from '../vendors/vendorOptions';
import type { LicenceRow } from './licenceRows';
import { hasActiveLicenceFilters, useLicenceFilters } from './useLicenceFilters';

/** Search box and filters above the licence register; the vendors offered are those the licences name. */
export const LicenceFilters = memo(({ rows }: { rows: readonly LicenceRow[] }) => {
  const { t } = useTranslation();
  const filters = useLicenceFilters(
    useShallow(({ types, vendorIds, classes, statuses }) => ({ types, vendorIds, classes, statuses })),
  );
  const setFilters = useLicenceFilters((state) => state.setFilters);

  const vendorOptions = useMemo(() => {
    const vendors = new Map<string, string>();
    for (const { licence, vendorName } of rows)
      if (licence.vendorId) vendors.set(licence.vendorId, vendorName);
    return [...vendors]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [rows]);

  return (
    <Group align="flex-end" gap="sm" mb="md" role="search" aria-label={t('licences.filters.label')}>
      <FilterSearchField
        useFilters={useLicenceFilters}
        label={t('licences.filters.search')}
        placeholder={t('licences.filters.searchPlaceholder')}
        w={240}
      />
      <MultiSelect
        label={t('licences.filters.type')}
        data={licenceTypeValues.map((value) => ({ value, label: t(`licences.type.${value}`) }))}
        value={filters.types}
        onChange={(values) => setFilters({ types: values })}
        clearable
        w={220}
      />
      <MultiSelect
        label={t('licences.filters.vendor')}
        data={vendorOptions}
        value={filters.vendorIds}
        onChange={(vendorIds) => setFilters({ vendorIds })}
        searchable
        clearable
        limit={VENDOR_OPTION_LIMIT}
        w={200}
      />
      <MultiSelect
        label={t('licences.filters.licenceClass')}
        data={licenceClassValues.map((value) => ({ value, label: t(`licences.licenceClass.${value}`) }))}
        value={filters.classes}
        onChange={(values) => setFilters({ classes: values })}
        clearable
        w={200}
      />
      <MultiSelect
        label={t('licences.filters.status')}
        data={deadlineStatusValues.map((value) => ({ value, label: t(`licences.status.${value}`) }))}
        value={filters.statuses}
        onChange={(values) => setFilters({ statuses: values })}
        clearable
        w={200}
      />
      <ClearFiltersButton
        useFilters={useLicenceFilters}
        isActive={hasActiveLicenceFilters}
        label={t('licences.filters.clear')}
      />
    </Group>
  );
});
LicenceFilters.displayName = 'LicenceFilters';
