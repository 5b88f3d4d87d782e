import { Group } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionStatusValues } from '@shared/domain';
import { ClearFiltersButton, FilterSearchField } from '@renderer/ui/FilterSearchField';
import { FilterMultiSelect } from '@renderer/ui/FilterMultiSelect';
import { hasActiveDecisionFilters, useDecisionFilters } from './useDecisionFilters';

/** Search box and status filter above the list. */
export const DecisionFilters = memo(() => {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" mb="md" role="search" aria-label={t('decisions.filters.label')}>
      <FilterSearchField
        useFilters={useDecisionFilters}
        label={t('decisions.filters.search')}
        placeholder={t('decisions.filters.searchPlaceholder')}
        w={260}
      />
      <FilterMultiSelect
        label={t('decisions.filters.status')}
        data={decisionStatusValues.map((value) => ({ value, label: t(`decisions.status.${value}`) }))}
        useFilters={useDecisionFilters}
        field="statuses"
        w={200}
      />
      <ClearFiltersButton
        useFilters={useDecisionFilters}
        isActive={hasActiveDecisionFilters}
        label={t('decisions.filters.clear')}
      />
    </Group>
  );
});
DecisionFilters.displayName = 'DecisionFilters';
