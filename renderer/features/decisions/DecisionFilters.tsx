import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionStatusValues } from '@shared/domain';
import { FilterBar } from '@renderer/ui/FilterBar';
import { FilterMultiSelect } from '@renderer/ui/FilterMultiSelect';
import { hasActiveDecisionFilters, useDecisionFilters } from './useDecisionFilters';

/** Search box and status filter above the list. */
export const DecisionFilters = memo(() => {
  const { t } = useTranslation();
  return (
    <FilterBar
      list="decisions"
      useFilters={useDecisionFilters}
      isActive={hasActiveDecisionFilters}
      searchWidth={260}
    >
      <FilterMultiSelect
        label={t('decisions.filters.status')}
        data={decisionStatusValues.map((value) => ({ value, label: t(`decisions.status.${value}`) }))}
        useFilters={useDecisionFilters}
        field="statuses"
        w={200}
      />
    </FilterBar>
  );
});
DecisionFilters.displayName = 'DecisionFilters';
