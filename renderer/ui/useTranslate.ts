import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '@shared/import';

/** i18next's t for keys computed at run time (problem messages, column descriptions). */
export const useTranslate = (): Translate => {
  const { t } = useTranslation();
  return useCallback((key, params) => t(key as never, params), [t]);
};
