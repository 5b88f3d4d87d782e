import { Checkbox } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentStatusValues, subjectTypeValues, type Checklist } from '@shared/domain';
import { FilterBar } from '@renderer/ui/FilterBar';
import { FilterMultiSelect } from '@renderer/ui/FilterMultiSelect';
import { hasActiveAssessmentFilters, useAssessmentFilters } from './useAssessmentFilters';

/** Search box and filters above the assessment list. */
export const AssessmentFilters = memo(({ checklists }: { checklists: readonly Checklist[] }) => {
  const { t } = useTranslation();
  const overdueOnly = useAssessmentFilters((state) => state.overdueOnly);
  const setFilters = useAssessmentFilters((state) => state.setFilters);

  return (
    <FilterBar
      list="assessmentLists"
      useFilters={useAssessmentFilters}
      isActive={hasActiveAssessmentFilters}
      searchWidth={240}
    >
      <FilterMultiSelect
        label={t('assessmentLists.filters.status')}
        data={assessmentStatusValues.map((value) => ({ value, label: t(`assessments.status.${value}`) }))}
        useFilters={useAssessmentFilters}
        field="statuses"
        w={170}
      />
      <FilterMultiSelect
        label={t('assessmentLists.filters.checklist')}
        data={checklists.map((checklist) => ({ value: checklist.id, label: checklist.name }))}
        useFilters={useAssessmentFilters}
        field="checklistIds"
        searchable
        w={260}
      />
      <FilterMultiSelect
        label={t('assessmentLists.filters.kind')}
        data={subjectTypeValues.map((value) => ({ value, label: t(`assessments.subjectType.${value}`) }))}
        useFilters={useAssessmentFilters}
        field="kinds"
        w={170}
      />
      <Checkbox
        label={t('assessmentLists.filters.overdueOnly')}
        checked={overdueOnly}
        onChange={(event) => setFilters({ overdueOnly: event.currentTarget.checked })}
        mb={8}
      />
    </FilterBar>
  );
});
AssessmentFilters.displayName = 'AssessmentFilters';
