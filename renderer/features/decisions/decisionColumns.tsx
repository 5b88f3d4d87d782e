import { Anchor } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { DecisionStatusBadge } from './DecisionStatusBadge';
import type { DecisionRow } from './decisionRows';
import { paths } from '@renderer/paths';

const column = createColumnHelper<DecisionRow>();

/** The list's columns; the due date sorts as its YYYY-MM-DD text. */
export const useDecisionColumns = () => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return useMemo(
    () => [
      column.accessor((row) => row.decision.question, {
        id: 'question',
        header: t('decisions.columns.question'),
        size: 320,
        cell: ({ row }) => (
          <Anchor component={Link} to={paths.decisions.view(row.original.decision.id)}>
            {row.original.decision.question}
          </Anchor>
        ),
      }),
      column.accessor((row) => t(`decisions.status.${row.decision.status}`), {
        id: 'status',
        header: t('decisions.columns.status'),
        size: 130,
        cell: ({ row }) => <DecisionStatusBadge status={row.original.decision.status} />,
      }),
      column.accessor((row) => row.subject, { id: 'subject', header: t('decisions.columns.subject') }),
      column.accessor((row) => row.decision.owner, { id: 'owner', header: t('decisions.columns.owner') }),
      column.accessor((row) => row.decision.dueDate ?? '', {
        id: 'dueDate',
        header: t('decisions.columns.dueDate'),
        size: 140,
        cell: ({ row }) => (row.original.decision.dueDate ? formatDate(row.original.decision.dueDate) : '—'),
      }),
      column.accessor((row) => row.chosen, {
        id: 'chosen',
        header: t('decisions.columns.chosen'),
        cell: ({ row }) => row.original.chosen || '—',
      }),
    ],
    [t, formatDate],
  );
};
