import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '@shared/domain';
import { useDependencies } from '@renderer/data/dependencies';
import { useVendors } from '@renderer/data/vendors';
import { useVendorNames } from '@renderer/ui/records/useVendorNames';

/**
 * What a decision is about, in words: the vendor, the network domain, or the dependencies (the first one
 * named and how many more). A record deleted since is said to be so rather than left blank.
 */
export const useSubjectText = (): ((decision: Pick<Decision, 'subject'>) => string) => {
  const { t } = useTranslation();
  const vendorNames = useVendorNames(useVendors());
  const dependencies = useDependencies();
  const dependencyNames = useMemo(
    () => new Map((dependencies ?? []).map((dependency) => [dependency.id, dependency.name])),
    [dependencies],
  );
  return useCallback(
    ({ subject }) => {
      if (subject.type === 'vendor')
        return t('decisions.subject.vendor', {
          name: vendorNames.get(subject.vendorId) ?? t('decisions.subject.deleted'),
        });
      if (subject.type === 'domain')
        return t('decisions.subject.domain', { name: t(`dependencies.domain.${subject.domain}`) });
      const [first = ''] = subject.dependencyIds;
      const name = dependencyNames.get(first) ?? t('decisions.subject.deleted');
      return subject.dependencyIds.length > 1
        ? t('decisions.subject.dependencies', { name, count: subject.dependencyIds.length - 1 })
        : name;
    },
    [t, vendorNames, dependencyNames],
  );
};
