import { useMemo } from 'react';
import { useLicences } from '@renderer/data/licences';
import { useVendors } from '@renderer/data/vendors';
import { localToday } from '@shared/domain';
import { licenceRowsOf, type LicenceRow } from './licenceRows';

/** Every licence as a register row (deadline status as of today), or undefined while loading. */
export const useLicenceRows = (): LicenceRow[] | undefined => {
  const licences = useLicences();
  const vendors = useVendors();
  const today = localToday();
  return useMemo(
    () => (licences && vendors ? licenceRowsOf(licences, vendors, today) : undefined),
    [licences, vendors, today],
  );
};
