import { Anchor, Badge } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChecklistRow } from './checklistRows';
import { paths } from '@renderer/paths';

const column = createColumnHelper<ChecklistRow>();

/** The template table's columns: what a checklist is for, how big it is and whether it is shipped or own. */
export const useChecklistColumns = () => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      column.accessor((row) => row.checklist.name, {
        id: 'name',
        header: t('checklists.fields.name'),
        size: 280,
        cell: ({ row }) => (
          <Anchor component={Link} to={paths.checklists.view(row.original.checklist.id)}>
            {row.original.checklist.name}
          </Anchor>
        ),
      }),
      column.accessor((row) => row.checklist.version, {
        id: 'version',
        header: t('checklists.fields.version'),
        size: 100,
      }),
      column.accessor((row) => row.checklist.source ?? '', {
        id: 'source',
        header: t('checklists.fields.source'),
      }),
      column.accessor((row) => t(`checklists.subjectType.${row.checklist.subjectType}`), {
        id: 'subjectType',
        header: t('checklists.fields.subjectType'),
        size: 130,
      }),
      column.accessor((row) => row.itemCount, {
        id: 'items',
        header: t('checklists.fields.items'),
        size: 90,
      }),
      column.accessor((row) => (row.checklist.builtIn ? 0 : 1), {
        id: 'kind',
        header: t('checklists.fields.builtIn'),
        size: 110,
        cell: ({ row }) => <ChecklistKindBadge builtIn={row.original.checklist.builtIn} />,
      }),
    ],
    [t],
  );
};

export const ChecklistKindBadge = ({ builtIn }: { builtIn: boolean }) => {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={builtIn ? 'blue' : 'teal'}>
      {builtIn ? t('checklists.kind.builtIn') : t('checklists.kind.own')}
    </Badge>
  );
};
