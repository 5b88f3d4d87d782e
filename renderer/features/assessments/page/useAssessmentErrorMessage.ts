import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentError } from '@renderer/data/assessment-error';
import { describeError, isQuotaError } from '@renderer/data/errors';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { useTranslate } from '@renderer/ui/useTranslate';

/** The message a refused assessment command shows: translated when it is ours, the disk-full case named. */
export const useAssessmentErrorMessage = (): ((error: unknown) => string) => {
  const { t } = useTranslation();
  const translate = useTranslate();
  const { bytes } = useFormatNumber();
  return useCallback(
    (error: unknown) => {
      if (error instanceof AssessmentError) {
        const { size } = error.params;
        const params = typeof size === 'number' ? { ...error.params, size: bytes(size) } : error.params;
        return translate(`assessments.errors.${error.key}`, params);
      }
      if (isQuotaError(error)) return t('common.errors.quota');
      return describeError(error);
    },
    [t, translate, bytes],
  );
};
