import type { Vendor } from '@shared/domain';

/** Suggests adding a listing when the vendor's name matches an entry of a reference list. */
export const ReferenceMatchAlert = (_props: { vendor: Vendor }) => null;
