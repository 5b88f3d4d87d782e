import { Anchor, Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TableColumn } from '@renderer/ui/table/tableColumn';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { AssessmentStatusBadge, ConclusionBadge, DueBadge } from '../AssessmentBadges';
import type { AssessmentRow } from './assessmentRows';
import { paths } from '@renderer/paths';

const column = createColumnHelper<AssessmentRow>();

/** Columns that only make sense when assessments of several subjects share the table. */
export const subjectColumnIds: ReadonlySet<string> = new Set(['subject', 'kind']);

/**
 * The columns of assessment tables: the subject links to its page, the checklist to the assessment itself.
 * Percentages sort as numbers ("—" sorts first), dates as their YYYY-MM-DD text.
 */
export const useAssessmentColumns = (): TableColumn<AssessmentRow>[] => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const format = useFormatNumber();
  return useMemo(
    () => [
      column.accessor((row) => row.subjectName ?? '', {
        id: 'subject',
        header: t('assessmentLists.columns.subject'),
        size: 180,
        cell: ({ row }) =>
          row.original.subjectName === undefined ? (
            <Text size="sm" c="dimmed" span>
              {t('assessmentLists.deletedSubject')}
            </Text>
          ) : (
            <Anchor component={Link} to={paths.subject(row.original.assessment.subject)} size="sm">
              {row.original.subjectName}
            </Anchor>
          ),
      }),
      column.accessor((row) => t(`assessments.subjectType.${row.assessment.subject.type}`), {
        id: 'kind',
        header: t('assessmentLists.columns.kind'),
        size: 100,
      }),
      column.accessor((row) => row.checklist?.name ?? '', {
        id: 'checklist',
        header: t('assessmentLists.columns.checklist'),
        size: 240,
        cell: ({ row }) => (
          <Group gap={6} wrap="nowrap">
            <Anchor component={Link} to={paths.assessments.view(row.original.assessment.id)} size="sm">
              {row.original.checklist?.name ?? t('assessmentLists.deletedChecklist')}
            </Anchor>
            <Text size="xs" c="dimmed" span>
              {t('assessmentLists.version', { version: row.original.assessment.checklistVersion })}
            </Text>
          </Group>
        ),
      }),
      column.accessor((row) => row.assessment.revision, {
        id: 'revision',
        header: t('assessmentLists.columns.revision'),
        size: 80,
      }),
      column.accessor((row) => t(`assessments.status.${row.assessment.status}`), {
        id: 'status',
        header: t('assessmentLists.columns.status'),
        size: 120,
        cell: ({ row }) => <AssessmentStatusBadge status={row.original.assessment.status} />,
      }),
      column.accessor((row) => row.completion ?? -1, {
        id: 'completion',
        header: t('assessmentLists.columns.completion'),
        size: 110,
        cell: ({ row }) => (row.original.completion === null ? '—' : format.percent(row.original.completion)),
      }),
      column.accessor((row) => row.score ?? -1, {
        id: 'score',
        header: t('assessmentLists.columns.score'),
        size: 80,
        cell: ({ row }) => (row.original.score === null ? '—' : format.percent(row.original.score / 100)),
      }),
      column.accessor((row) => row.assessment.conclusion ?? '', {
        id: 'conclusion',
        header: t('assessments.conclusion.label'),
        size: 130,
        cell: ({ row }) => <ConclusionBadge conclusion={row.original.assessment.conclusion} />,
      }),
      column.accessor((row) => row.dueDate ?? '', {
        id: 'dueDate',
        header: t('assessmentLists.columns.dueDate'),
        size: 180,
        cell: ({ row }) => {
          const { dueDate } = row.original;
          if (!dueDate) return '—';
          return (
            <Group gap={6} wrap="nowrap">
              <Text size="sm" span c={row.original.due === 'overdue' ? 'red' : undefined}>
                {formatDate(dueDate)}
              </Text>
              <DueBadge due={row.original.due} />
            </Group>
          );
        },
      }),
      column.accessor((row) => row.assessment.updatedAt, {
        id: 'updated',
        header: t('assessmentLists.columns.updated'),
        size: 120,
        cell: ({ row }) => formatDate(row.original.assessment.updatedAt.slice(0, 10)),
      }),
    ],
    [t, formatDate, format],
  );
};
