import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionError } from '@renderer/data/decision-error';
import { describeError, isQuotaError } from '@renderer/data/errors';
import { useTranslate } from '@renderer/ui/useTranslate';

/** The message a refused decision command shows: translated when it is ours, the disk-full case named. */
export const useDecisionErrorMessage = (): ((error: unknown) => string) => {
  const { t } = useTranslation();
  const translate = useTranslate();
  return useCallback(
    (error: unknown) => {
      if (error instanceof DecisionError) {
        const { status } = error.params;
        const params =
          typeof status === 'string'
            ? { ...error.params, status: translate(`decisions.status.${status}`) }
            : error.params;
        return translate(`decisions.errors.${error.key}`, params);
      }
      if (isQuotaError(error)) return t('common.errors.quota');
      return describeError(error);
    },
    [t, translate],
  );
};
