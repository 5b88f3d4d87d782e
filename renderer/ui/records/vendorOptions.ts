import { useMemo } from 'react';
import type { Vendor } from '@shared/domain';

export interface VendorOption {
  value: string;
  label: string;
}

/** Vendors as Select options, leaving out the ones that may not be picked (the vendor itself). */
export const useVendorOptions = (
  vendors: readonly Vendor[] | undefined,
  excludeId: string | undefined,
): VendorOption[] =>
  useMemo(
    () =>
      (vendors ?? [])
        .filter((vendor) => vendor.id !== excludeId)
        .map((vendor) => ({ value: vendor.id, label: vendor.name })),
    [vendors, excludeId],
  );

/** Options shown at once in a vendor picker: typing narrows the rest, and 10,000 options would not render fast. */
export const VENDOR_OPTION_LIMIT = 100;
