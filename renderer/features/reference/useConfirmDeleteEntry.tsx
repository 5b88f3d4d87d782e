import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceEntry } from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { deleteReferenceEntry } from '@renderer/data/reference';

/** Deleting an entry asks first: vendors stop being checked against it. */
export const useConfirmDeleteEntry = (): ((entry: ReferenceEntry) => void) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return useCallback(
    (entry: ReferenceEntry) =>
      modals.openConfirmModal({
        title: t('reference.deleteConfirm.title', { name: entry.name }),
        children: <Text>{t('reference.deleteConfirm.body')}</Text>,
        labels: {
          confirm: t('reference.deleteConfirm.confirm'),
          cancel: t('reference.deleteConfirm.cancel'),
        },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          deleteReferenceEntry(entry.id).then(
            () =>
              notifications.show({
                color: 'green',
                message: t('reference.deleteConfirm.deleted', { name: entry.name }),
              }),
            (error: unknown) => {
              const reason = errorMessage(error);
              notifications.show({ color: 'red', message: t('reference.deleteConfirm.failed', { reason }) });
            },
          );
        },
      }),
    [t, errorMessage],
  );
};
