import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export const criticalityLevels = [1, 2, 3, 4, 5] as const;
type CriticalityKey = `${(typeof criticalityLevels)[number]}`;

const keyOf = (value: number): CriticalityKey => String(value) as CriticalityKey;

/** "4 — Major": a criticality with its name, as lists, filters and the detail page show it. */
export const useCriticalityLabel = (): ((value: number) => string) => {
  const { t } = useTranslation();
  return useCallback(
    (value: number) =>
      t('dependencies.criticality.value', {
        value,
        name: t(`dependencies.criticality.names.${keyOf(value)}`),
      }),
    [t],
  );
};

/** What a criticality means in practice, one line. */
export const useCriticalityMeaning = (): ((value: number) => string) => {
  const { t } = useTranslation();
  return useCallback((value: number) => t(`dependencies.criticality.meanings.${keyOf(value)}`), [t]);
};
