import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardListEntry } from '@shared/domain/standards';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { deleteStandardEntry } from '@renderer/data/standards-reference';

/** Deleting an entry of the reference list asks first: dependencies' forms stop offering it. */
export const useConfirmDeleteStandard = (): ((entry: StandardListEntry) => void) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return useCallback(
    (entry: StandardListEntry) =>
      modals.openConfirmModal({
        title: t('standards.reference.deleteTitle', { number: entry.number }),
        children: <Text>{t('standards.reference.deleteBody')}</Text>,
        labels: { confirm: t('standards.reference.deleteConfirm'), cancel: t('standards.reference.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          deleteStandardEntry(entry.id).then(
            () =>
              notifications.show({
                color: 'green',
                message: t('standards.reference.deleted', { number: entry.number }),
              }),
            (error: unknown) => {
              const reason = errorMessage(error);
              notifications.show({
                color: 'red',
                message: t('standards.reference.deleteFailed', { reason }),
              });
            },
          );
        },
      }),
    [t, errorMessage],
  );
};
