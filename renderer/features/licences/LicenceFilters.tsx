import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineStatusValues, licenceClassValues, licenceTypeValues } from '@shared/domain';
import { FilterBar } from '@renderer/ui/FilterBar';
import { FilterMultiSelect } from '@renderer/ui/FilterMultiSelect';
import { VENDOR_OPTION_LIMIT } from '@renderer/ui/records/vendorOptions';
import type { LicenceRow } from './licenceRows';
import { hasActiveLicenceFilters, useLicenceFilters } from './useLicenceFilters';

/** Search box and filters above the licence register; the vendors offered are those the licences name. */
export const LicenceFilters = memo(({ rows }: { rows: readonly LicenceRow[] }) => {
  const { t } = useTranslation();

  const vendorOptions = useMemo(() => {
    const vendors = new Map<string, string>();
    for (const { licence, vendorName } of rows)
      if (licence.vendorId) vendors.set(licence.vendorId, vendorName);
    return [...vendors]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [rows]);

  return (
    <FilterBar
      list="licences"
      useFilters={useLicenceFilters}
      isActive={hasActiveLicenceFilters}
      searchWidth={240}
    >
      <FilterMultiSelect
        label={t('licences.filters.type')}
        data={licenceTypeValues.map((value) => ({ value, label: t(`licences.type.${value}`) }))}
        useFilters={useLicenceFilters}
        field="types"
        w={220}
      />
      <FilterMultiSelect
        label={t('licences.filters.vendor')}
        data={vendorOptions}
        useFilters={useLicenceFilters}
        field="vendorIds"
        searchable
        limit={VENDOR_OPTION_LIMIT}
        w={200}
      />
      <FilterMultiSelect
        label={t('licences.filters.licenceClass')}
        data={licenceClassValues.map((value) => ({ value, label: t(`licences.licenceClass.${value}`) }))}
        useFilters={useLicenceFilters}
        field="classes"
        w={200}
      />
      <FilterMultiSelect
        label={t('licences.filters.status')}
        data={deadlineStatusValues.map((value) => ({ value, label: t(`licences.status.${value}`) }))}
        useFilters={useLicenceFilters}
        field="statuses"
        w={200}
      />
    </FilterBar>
  );
});
LicenceFilters.displayName = 'LicenceFilters';
