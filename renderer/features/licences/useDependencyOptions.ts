import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dependency } from '@shared/domain';

/** Dependencies as picker options, named with their vendor (two vendors' "RAN software" differ). */
export const useDependencyOptions = (
  dependencies: readonly Dependency[] | undefined,
  vendorNames: ReadonlyMap<string, string>,
): { value: string; label: string }[] => {
  const { t } = useTranslation();
  return useMemo(
    () =>
      (dependencies ?? []).map((dependency) => ({
        value: dependency.id,
        label: t('licences.form.dependencyOption', {
          name: dependency.name,
          vendor: vendorNames.get(dependency.vendorId) ?? '',
        }),
      })),
    [dependencies, vendorNames, t],
  );
};
