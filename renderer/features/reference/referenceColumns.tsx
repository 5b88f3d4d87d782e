import { Button, Group } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceEntry } from '@shared/domain';
import type { ReferenceRow } from './referenceRows';

const column = createColumnHelper<ReferenceRow>();

interface ReferenceColumnActions {
  onEdit: (entry: ReferenceEntry) => void;
  onDelete: (entry: ReferenceEntry) => void;
}

/** The reference table's columns; the source is shown as text, since the app never leaves for the web. */
export const useReferenceColumns = ({ onEdit, onDelete }: ReferenceColumnActions) => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      column.accessor((row) => t(`vendors.listing.${row.entry.list}`), {
        id: 'list',
        header: t('reference.columns.list'),
        size: 170,
      }),
      column.accessor((row) => row.entry.name, {
        id: 'name',
        header: t('reference.columns.name'),
        size: 240,
      }),
      column.accessor((row) => row.entry.aliases.join(', '), {
        id: 'aliases',
        header: t('reference.columns.aliases'),
        enableSorting: false,
        size: 240,
      }),
      column.accessor((row) => row.entry.since ?? '', {
        id: 'since',
        header: t('reference.columns.since'),
        size: 120,
      }),
      column.accessor((row) => row.entry.source ?? '', {
        id: 'source',
        header: t('reference.columns.source'),
        enableSorting: false,
        size: 200,
      }),
      column.display({
        id: 'actions',
        header: t('reference.columns.actions'),
        size: 170,
        cell: ({ row }) => (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="compact-sm"
              variant="subtle"
              aria-label={t('reference.edit', { name: row.original.entry.name })}
              onClick={() => onEdit(row.original.entry)}
            >
              {t('reference.columns.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={t('reference.delete', { name: row.original.entry.name })}
              onClick={() => onDelete(row.original.entry)}
            >
              {t('reference.columns.delete')}
            </Button>
          </Group>
        ),
      }),
    ],
    [t, onEdit, onDelete],
  );
};
