import { Badge, Checkbox, CloseButton } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { riskCategoryValues, riskLevelValues, riskStatusValues, treatmentValues } from '@shared/domain';
import { FilterBar } from '@renderer/ui/FilterBar';
import { FilterMultiSelect } from '@renderer/ui/FilterMultiSelect';
import type { RiskRow } from './riskRows';
import { hasActiveRiskFilters, useRiskFilters } from './useRiskFilters';

/** Search box and filters above the register; owners offered are those present in the list. */
export const RiskFilters = memo(({ rows }: { rows: readonly RiskRow[] }) => {
  const { t } = useTranslation();
  const filters = useRiskFilters(useShallow(({ overdueReview, cell }) => ({ overdueReview, cell })));
  const setFilters = useRiskFilters((state) => state.setFilters);
  const ownerOptions = useMemo(
    () =>
      [...new Set(rows.map((row) => row.risk.owner).filter((owner) => owner !== undefined))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [rows],
  );
  const levelOptions = riskLevelValues.map((value) => ({ value, label: t(`risks.level.${value}`) }));

  return (
    <FilterBar list="risks" useFilters={useRiskFilters} isActive={hasActiveRiskFilters} searchWidth={220}>
      <FilterMultiSelect
        label={t('risks.filters.category')}
        data={riskCategoryValues.map((value) => ({ value, label: t(`risks.category.${value}`) }))}
        useFilters={useRiskFilters}
        field="categories"
        w={190}
      />
      <FilterMultiSelect
        label={t('risks.filters.status')}
        data={riskStatusValues.map((value) => ({ value, label: t(`risks.status.${value}`) }))}
        useFilters={useRiskFilters}
        field="statuses"
        w={160}
      />
      <FilterMultiSelect
        label={t('risks.filters.treatment')}
        data={treatmentValues.map((value) => ({ value, label: t(`risks.treatment.${value}`) }))}
        useFilters={useRiskFilters}
        field="treatments"
        w={160}
      />
      <FilterMultiSelect
        label={t('risks.filters.inherentLevel')}
        data={levelOptions}
        useFilters={useRiskFilters}
        field="inherentLevels"
        w={160}
      />
      <FilterMultiSelect
        label={t('risks.filters.residualLevel')}
        data={levelOptions}
        useFilters={useRiskFilters}
        field="residualLevels"
        w={160}
      />
      <FilterMultiSelect
        label={t('risks.filters.owner')}
        data={ownerOptions}
        useFilters={useRiskFilters}
        field="owners"
        searchable
        limit={100}
        w={180}
      />
      <Checkbox
        label={t('risks.filters.overdueReview')}
        checked={filters.overdueReview}
        onChange={(event) => setFilters({ overdueReview: event.currentTarget.checked })}
        mb={8}
      />
      {filters.cell && (
        <Badge
          size="lg"
          variant="light"
          mb={6}
          rightSection={
            <CloseButton
              size="xs"
              aria-label={t('risks.filters.removeCell')}
              onClick={() => setFilters({ cell: null })}
            />
          }
        >
          {t('risks.filters.cell', {
            view: t(`risks.heatmap.${filters.cell.view}`),
            likelihood: filters.cell.likelihood,
            impact: filters.cell.impact,
          })}
        </Badge>
      )}
    </FilterBar>
  );
});
RiskFilters.displayName = 'RiskFilters';
