import { Group, Stack, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessments } from '@renderer/data/assessments';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { SectionEmptyState } from '@renderer/ui/SectionEmptyState';
import { localToday } from '@shared/domain';
import { ChecklistSectionTabs } from '../ChecklistSectionTabs';
import { StartAssessmentButton } from '../start/StartAssessmentButton';
import { useAssessmentColumns } from './assessmentColumns';
import { AssessmentFilters } from './AssessmentFilters';
import { filterAssessmentRows, latestAssessmentRowsOf, type AssessmentRow } from './assessmentRows';
import { useAssessmentFilters } from './useAssessmentFilters';
import { useAssessmentLookups } from './useAssessmentLookups';

const assessmentRowId = (row: AssessmentRow): string => row.assessment.id;

/** Every assessment by its latest revision, with filters, and the way to start a new one. */
export const AssessmentListPage = () => {
  const { t } = useTranslation();
  const assessments = useAssessments();
  const lookups = useAssessmentLookups();
  const filters = useAssessmentFilters();
  const deferredFilters = useDeferredValue(filters);
  const today = localToday();
  const rows = useMemo(
    () =>
      assessments && lookups
        ? latestAssessmentRowsOf(assessments, lookups.checklistsById, lookups.names, today)
        : [],
    [assessments, lookups, today],
  );
  const visibleRows = useMemo(() => filterAssessmentRows(rows, deferredFilters), [rows, deferredFilters]);
  const columns = useAssessmentColumns();

  return (
    <>
      <ChecklistSectionTabs active="assessments" />
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('assessmentLists.list.title')}</PageTitle>
        {assessments !== undefined && assessments.length > 0 && <StartAssessmentButton />}
      </Group>
      {assessments === undefined || lookups === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : assessments.length === 0 ? (
        <Stack align="center">
          <SectionEmptyState
            title={t('assessmentLists.list.emptyTitle')}
            description={t('assessmentLists.list.emptyBody')}
          />
          <StartAssessmentButton />
        </Stack>
      ) : (
        <>
          <AssessmentFilters checklists={lookups.checklists} />
          <DataTable
            data={visibleRows}
            columns={columns}
            getRowId={assessmentRowId}
            label={t('assessmentLists.list.tableLabel')}
            emptyMessage={t('assessmentLists.list.noMatch')}
            height="calc(100vh - 330px)"
          />
        </>
      )}
    </>
  );
};
