import { MultiSelect, Select } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { dependencyKindValues, networkDomainValues, substitutabilityValues } from '@shared/domain';
import { FilterBar } from '@renderer/ui/FilterBar';
import { FilterMultiSelect } from '@renderer/ui/FilterMultiSelect';
import { VENDOR_OPTION_LIMIT } from '@renderer/ui/records/vendorOptions';
import type { DependencyRow } from './dependencyRows';
import { criticalityLevels, useCriticalityLabel } from './useCriticalityLabel';
import { hasActiveFilters, useDependencyFilters } from './useDependencyFilters';

const byLabel = (a: { label: string }, b: { label: string }): number => a.label.localeCompare(b.label);

interface DependencyFiltersProps {
  rows: readonly DependencyRow[];
  disabled: boolean;
}

/**
 * Search box and filters above the dependency table; vendors and tags offered are those present in the list.
 * Disabled while only the first dependencies are in: a filter over them would miss the others.
 */
export const DependencyFilters = memo(({ rows, disabled }: DependencyFiltersProps) => {
  const { t } = useTranslation();
  const criticalityLabel = useCriticalityLabel();
  const filters = useDependencyFilters(
    useShallow(({ criticalities, remoteAccess }) => ({ criticalities, remoteAccess })),
  );
  const setFilters = useDependencyFilters((state) => state.setFilters);

  const { vendorOptions, tagOptions } = useMemo(() => {
    const vendors = new Map<string, string>();
    const tags = new Set<string>();
    for (const { dependency, vendorName } of rows) {
      vendors.set(dependency.vendorId, vendorName);
      for (const tag of dependency.tags) tags.add(tag);
    }
    return {
      vendorOptions: [...vendors].map(([value, label]) => ({ value, label })).sort(byLabel),
      tagOptions: [...tags].sort((a, b) => a.localeCompare(b)),
    };
  }, [rows]);

  return (
    <FilterBar
      list="dependencies"
      useFilters={useDependencyFilters}
      disabled={disabled}
      isActive={hasActiveFilters}
      searchWidth={240}
    >
      <FilterMultiSelect
        label={t('dependencies.filters.domain')}
        data={networkDomainValues.map((value) => ({ value, label: t(`dependencies.domain.${value}`) }))}
        useFilters={useDependencyFilters}
        field="domains"
        searchable
        w={200}
      />
      <FilterMultiSelect
        label={t('dependencies.filters.kind')}
        data={dependencyKindValues.map((value) => ({ value, label: t(`dependencies.kind.${value}`) }))}
        useFilters={useDependencyFilters}
        field="kinds"
        searchable
        w={180}
      />
      <FilterMultiSelect
        label={t('dependencies.filters.vendor')}
        data={vendorOptions}
        useFilters={useDependencyFilters}
        field="vendorIds"
        searchable
        limit={VENDOR_OPTION_LIMIT}
        w={200}
      />
      <MultiSelect
        label={t('dependencies.filters.criticality')}
        data={criticalityLevels.map((value) => ({ value: String(value), label: criticalityLabel(value) }))}
        value={filters.criticalities.map(String)}
        onChange={(values) => setFilters({ criticalities: values.map(Number) })}
        clearable
        w={180}
      />
      <FilterMultiSelect
        label={t('dependencies.filters.substitutability')}
        data={substitutabilityValues.map((value) => ({
          value,
          label: t(`dependencies.substitutability.${value}`),
        }))}
        useFilters={useDependencyFilters}
        field="substitutability"
        w={180}
      />
      <Select
        label={t('dependencies.filters.remoteAccess')}
        data={[
          { value: 'any', label: t('dependencies.filters.remoteAccessAny') },
          { value: 'yes', label: t('dependencies.filters.remoteAccessYes') },
          { value: 'no', label: t('dependencies.filters.remoteAccessNo') },
        ]}
        value={filters.remoteAccess}
        onChange={(value) => setFilters({ remoteAccess: value ?? 'any' })}
        allowDeselect={false}
        w={200}
      />
      <FilterMultiSelect
        label={t('dependencies.filters.tag')}
        data={tagOptions}
        useFilters={useDependencyFilters}
        field="tags"
        searchable
        w={160}
      />
    </FilterBar>
  );
});
DependencyFilters.displayName = 'DependencyFilters';
