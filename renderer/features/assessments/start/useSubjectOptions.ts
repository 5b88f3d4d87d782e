import { useMemo } from 'react';
import type { SubjectType } from '@shared/domain';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicences } from '@renderer/data/licences';
import { useVendors } from '@renderer/data/vendors';

export interface SubjectOption {
  value: string;
  label: string;
}

/** The vendors, dependencies or licences that a checklist of this kind can assess, as select options. */
export const useSubjectOptions = (type: SubjectType | undefined): SubjectOption[] => {
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  return useMemo(() => {
    if (type === 'vendor') return (vendors ?? []).map(({ id, name }) => ({ value: id, label: name }));
    if (type === 'dependency')
      return (dependencies ?? []).map(({ id, name }) => ({ value: id, label: name }));
    if (type === 'licence') return (licences ?? []).map(({ id, title }) => ({ value: id, label: title }));
    return [];
  }, [type, vendors, dependencies, licences]);
};
