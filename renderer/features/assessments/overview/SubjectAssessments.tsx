import { Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@renderer/ui/table/DataTable';
import { subjectColumnIds, useAssessmentColumns } from '../list/assessmentColumns';
import type { AssessmentRow } from '../list/assessmentRows';
import { StartAssessmentButton } from '../start/StartAssessmentButton';
import { useSubjectAssessmentRows, type NamedSubject } from './useSubjectAssessmentRows';

const assessmentRowId = (row: AssessmentRow): string => row.assessment.id;

/** On a vendor's, dependency's or licence's page: its assessments, every revision, and starting one. */
export const SubjectAssessments = ({ subject }: { subject: NamedSubject }) => {
  const { t } = useTranslation();
  const rows = useSubjectAssessmentRows(subject);
  const allColumns = useAssessmentColumns();
  const columns = useMemo(
    () => allColumns.filter((column) => !subjectColumnIds.has(column.id ?? '')),
    [allColumns],
  );

  return (
    <Stack gap="xs" component="section" aria-labelledby="subject-assessments">
      <Group justify="space-between">
        <Title order={2} size="h3" id="subject-assessments">
          {t('assessmentLists.subject.title')}
        </Title>
        <StartAssessmentButton subject={subject} variant="light" />
      </Group>
      {rows === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <DataTable
          data={rows}
          columns={columns}
          getRowId={assessmentRowId}
          label={t('assessmentLists.subject.tableLabel')}
          emptyMessage={t('assessmentLists.subject.none')}
          height="280px"
        />
      )}
    </Stack>
  );
};
