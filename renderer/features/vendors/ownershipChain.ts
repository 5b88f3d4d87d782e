import type { Vendor } from '@shared/domain';

export interface OwnershipChain {
  /** Parent first, then the parent's parent, and so on up to the top of the group. */
  ancestors: Vendor[];
  /** The vendor met a second time when the parent links loop back (A → B → A); the walk stops there. */
  repeated?: Vendor;
  /** A parent link to a vendor that is not in the workspace. */
  missingParentId?: string;
}

/**
 * Walks the parent links upwards. Imported or hand-edited data can contain a loop, so each vendor is
 * visited once and the walk reports where it looped instead of running forever.
 */
export const ownershipChain = (vendor: Vendor, byId: ReadonlyMap<string, Vendor>): OwnershipChain => {
  const ancestors: Vendor[] = [];
  const seen = new Set([vendor.id]);
  let parentId = vendor.parentVendorId;
  while (parentId) {
    const parent = byId.get(parentId);
    if (!parent) return { ancestors, missingParentId: parentId };
    if (seen.has(parentId)) return { ancestors, repeated: parent };
    ancestors.push(parent);
    seen.add(parentId);
    parentId = parent.parentVendorId;
  }
  return { ancestors };
};
