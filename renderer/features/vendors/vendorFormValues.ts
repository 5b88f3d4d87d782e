import type { z } from 'zod';
import type { Vendor, vendorInputSchema, VendorSovereignty } from '@shared/domain';

/** What the vendor form holds while typing (the schema's input) and what a valid submit yields. */
export type VendorFormValues = z.input<typeof vendorInputSchema>;
export type VendorFormOutput = z.output<typeof vendorInputSchema>;

export const unratedSovereignty: VendorSovereignty = {
  c1a: null,
  c1b: null,
  c1c: null,
  c1d: null,
  c2: null,
  c3: null,
};

/**
 * Form values from a stored vendor, or blank ones for a new vendor. Absent optional fields become '' so every
 * input is controlled from the start and the form is not "dirty" before anyone typed. The sovereignty
 * ratings travel with the form unchanged, so saving an edit never drops them.
 */
export const toFormValues = (vendor?: Vendor): VendorFormValues => ({
  name: vendor?.name ?? '',
  legalName: vendor?.legalName ?? '',
  lei: vendor?.lei ?? '',
  hqCountry: vendor?.hqCountry ?? '',
  parentVendorId: vendor?.parentVendorId ?? '',
  ownership: vendor?.ownership ?? 'unknown',
  stateOwnershipPct: vendor?.stateOwnershipPct ?? '',
  jurisdictions: vendor?.jurisdictions ?? [],
  listings: (vendor?.listings ?? []).map((listing) => ({
    list: listing.list,
    since: listing.since ?? '',
    note: listing.note ?? '',
  })),
  certifications: (vendor?.certifications ?? []).map((certification) => ({
    scheme: certification.scheme,
    reference: certification.reference ?? '',
    validUntil: certification.validUntil ?? '',
  })),
  sovereignty: vendor?.sovereignty ?? unratedSovereignty,
  contacts: (vendor?.contacts ?? []).map((contact) => ({
    name: contact.name,
    role: contact.role ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
  })),
  tags: vendor?.tags ?? [],
  notes: vendor?.notes ?? '',
});

/** Ownership kinds for which a state's share of the capital is worth recording. */
export const isStateOwnership = (ownership: VendorFormValues['ownership']): boolean =>
  ownership === 'state-owned' || ownership === 'state-influenced';
