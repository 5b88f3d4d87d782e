import { useMemo } from 'react';
import type { VendorOption } from '@renderer/ui/records/vendorOptions';
import type { StandardsData } from './useStandardsData';

/**
 * The vendors a rate may be recorded for: those with the patent-holder role, and those the declarations
 * in force match to a declaring company (a supplier that declares patents before anyone confirmed it).
 */
export const useHolderOptions = (data: StandardsData | undefined): VendorOption[] =>
  useMemo(() => {
    if (!data) return [];
    const declaring = new Set(data.index.parties.map((party) => party.vendorId));
    return data.vendors
      .filter((vendor) => vendor.roles.includes('patent-holder') || declaring.has(vendor.id))
      .map((vendor) => ({ value: vendor.id, label: vendor.name }));
  }, [data]);
