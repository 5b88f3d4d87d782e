import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoyaltyRate } from '@shared/domain/standards';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { deleteRoyaltyRate } from '@renderer/data/standards';

/** Deleting a rate asks first: the holder then adds nothing to the royalty stacks until a rate is recorded. */
export const useConfirmDeleteRate = (): ((rate: RoyaltyRate, holder: string) => void) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return useCallback(
    (rate: RoyaltyRate, holder: string) =>
      modals.openConfirmModal({
        title: t('standards.rates.deleteTitle', { holder }),
        children: <Text>{t('standards.rates.deleteBody')}</Text>,
        labels: { confirm: t('standards.rates.deleteConfirm'), cancel: t('standards.rates.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          deleteRoyaltyRate(rate.id).then(
            () => notifications.show({ color: 'green', message: t('standards.rates.deleted', { holder }) }),
            (error: unknown) => {
              const reason = errorMessage(error);
              notifications.show({ color: 'red', message: t('standards.rates.deleteFailed', { reason }) });
            },
          );
        },
      }),
    [t, errorMessage],
  );
};
