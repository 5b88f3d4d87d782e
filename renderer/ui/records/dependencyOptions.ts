import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dependency } from '@shared/domain';

/** Options shown at once in a dependency picker: typing narrows the rest, and 10,000 would not render fast. */
export const DEPENDENCY_OPTION_LIMIT = 100;

export interface DependencyOption {
  value: string;
  label: string;
}

/**
 * Dependencies as upstream choices, named with their vendor (two vendors' "5G SEP licence" differ), leaving
 * out the dependency being edited: a dependency cannot rely on itself.
 */
export const useUpstreamOptions = (
  dependencies: readonly Dependency[] | undefined,
  vendorNames: ReadonlyMap<string, string>,
  excludeId: string | undefined,
): DependencyOption[] => {
  const { t } = useTranslation();
  return useMemo(
    () =>
      (dependencies ?? [])
        .filter((dependency) => dependency.id !== excludeId)
        .map((dependency) => ({
          value: dependency.id,
          label: t('dependencies.form.upstreamOption', {
            name: dependency.name,
            vendor: vendorNames.get(dependency.vendorId) ?? '',
          }),
        })),
    [dependencies, vendorNames, excludeId, t],
  );
};
