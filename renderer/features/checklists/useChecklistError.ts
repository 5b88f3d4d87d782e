import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ChecklistRefusal } from '@renderer/data/checklist-commands';
import { describeError, isQuotaError } from '@renderer/data/errors';

/** Why a checklist command failed, in the user's language when it was a refusal the app explains. */
export const useChecklistError = (): ((error: unknown) => string) => {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      if (error instanceof ChecklistRefusal) return t(error.key as never, error.params);
      return isQuotaError(error) ? t('common.errors.quota') : describeError(error);
    },
    [t],
  );
};
