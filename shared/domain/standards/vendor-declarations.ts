import type { DeclarationAggregates } from './declaration-set';

export interface VendorStandardFamilies {
  standard: string;
  families: number;
}

/**
 * A vendor's declared patent families per standard in one declaration set: the families of every declaring
 * company matched to it (`holderVendorIds[i]` is the vendor of `aggregates.holders[i]`), summed per
 * standard, most families first. Two declaring companies of one vendor sharing a family count it twice,
 * as the exposure per standard does.
 */
export const vendorDeclaredFamilies = (
  aggregates: DeclarationAggregates,
  holderVendorIds: readonly (string | undefined)[],
  vendorId: string,
): VendorStandardFamilies[] => {
  const rows: VendorStandardFamilies[] = [];
  for (const standard of aggregates.standards) {
    let families = 0;
    for (const [holder, count] of standard.families)
      if (holderVendorIds[holder] === vendorId) families += count;
    if (families > 0) rows.push({ standard: standard.number, families });
  }
  return rows.sort((a, b) => b.families - a.families || (a.standard < b.standard ? -1 : 1));
};
