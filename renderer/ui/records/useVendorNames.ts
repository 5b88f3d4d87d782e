import { useMemo } from 'react';
import type { Vendor } from '@shared/domain';

/** Vendor names by id, built once per change of the vendors, for rows and options that name a vendor. */
export const useVendorNames = (vendors: readonly Vendor[] | undefined): ReadonlyMap<string, string> =>
  useMemo(() => new Map((vendors ?? []).map((vendor) => [vendor.id, vendor.name])), [vendors]);
