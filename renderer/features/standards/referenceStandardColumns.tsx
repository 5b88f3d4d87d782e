import { Button, Group } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { standardTitle, type StandardListEntry } from '@shared/domain/standards';

const column = createColumnHelper<StandardListEntry>();

interface ReferenceStandardActions {
  onEdit: (entry: StandardListEntry) => void;
  onDelete: (entry: StandardListEntry) => void;
}

/** The reference list's columns: number, title in the reader's language, generation, domain, and its buttons. */
export const useReferenceStandardColumns = ({ onEdit, onDelete }: ReferenceStandardActions) => {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => [
      column.accessor('number', { header: t('standards.reference.number'), size: 190 }),
      column.accessor((entry) => standardTitle(entry, i18n.language), {
        id: 'title',
        header: t('standards.reference.standardTitle'),
        size: 380,
      }),
      column.accessor((entry) => t(`standards.reference.generationValue.${entry.generation}`), {
        id: 'generation',
        header: t('standards.reference.generation'),
        size: 150,
      }),
      column.accessor((entry) => t(`dependencies.domain.${entry.domain}`), {
        id: 'domain',
        header: t('standards.reference.domain'),
        size: 200,
      }),
      column.display({
        id: 'actions',
        header: t('standards.reference.actions'),
        size: 170,
        cell: ({ row }) => (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="compact-sm"
              variant="subtle"
              aria-label={t('standards.reference.editLabel', { number: row.original.number })}
              onClick={() => onEdit(row.original)}
            >
              {t('standards.reference.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={t('standards.reference.deleteLabel', { number: row.original.number })}
              onClick={() => onDelete(row.original)}
            >
              {t('standards.reference.delete')}
            </Button>
          </Group>
        ),
      }),
    ],
    [t, i18n.language, onEdit, onDelete],
  );
};
