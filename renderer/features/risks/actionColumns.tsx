import { Anchor, Badge, Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionStatusValues } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import type { ActionRow } from './actionRows';
import { paths } from '@renderer/paths';

const column = createColumnHelper<ActionRow>();

/** The treatment plan's columns; the due date is marked when the action is overdue. */
export const useActionColumns = () => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return useMemo(
    () => [
      column.accessor((row) => row.action.title, {
        id: 'title',
        header: t('risks.form.actionTitle'),
        size: 280,
      }),
      column.accessor((row) => row.riskTitle, {
        id: 'risk',
        header: t('risks.plan.risk'),
        size: 240,
        cell: ({ row }) => (
          <Anchor component={Link} to={paths.risks.view(row.original.riskId)}>
            {row.original.riskTitle}
          </Anchor>
        ),
      }),
      column.accessor((row) => row.action.owner ?? '', {
        id: 'owner',
        header: t('risks.form.actionOwner'),
      }),
      column.accessor((row) => row.action.dueDate ?? '', {
        id: 'dueDate',
        header: t('risks.form.actionDueDate'),
        size: 200,
        cell: ({ row }) => {
          const { dueDate } = row.original.action;
          if (!dueDate) return '—';
          return (
            <Group gap={6} wrap="nowrap">
              <Text size="sm" span c={row.original.overdue ? 'red' : undefined}>
                {formatDate(dueDate)}
              </Text>
              {row.original.overdue && <Badge color="red">{t('risks.plan.overdue')}</Badge>}
            </Group>
          );
        },
      }),
      column.accessor((row) => actionStatusValues.indexOf(row.action.status), {
        id: 'status',
        header: t('risks.form.actionStatus'),
        size: 140,
        cell: ({ row }) => t(`risks.actionStatus.${row.original.action.status}`),
      }),
    ],
    [t, formatDate],
  );
};
