import { assessSovereignty, sovereigntyCriteria, type Vendor } from '../domain';
import { writeRecords } from '../import/cell-lists';
import type { RegisterContext } from './context';
import { column, day, list, optional, tabulate, type RegisterTable } from './register-table';

/** A vendor's level and index, worked out once per record for the two columns that show them. */
const assessments = new WeakMap<Vendor, ReturnType<typeof assessSovereignty>>();
const sovereigntyOf = (vendor: Vendor) => {
  const known = assessments.get(vendor);
  if (known) return known;
  const assessed = assessSovereignty(vendor);
  assessments.set(vendor, assessed);
  return assessed;
};

/**
 * The vendor register: every field of the record, written as the import reads it back (lists, listings,
 * certifications and contacts in the cell syntax of the template), plus the level, index and date of
 * the last change, which the import recognises and leaves alone.
 */
export const vendorRegisterColumns = [
  column<Vendor>('name', 30, (vendor) => vendor.name),
  column<Vendor>('legalName', 30, (vendor) => optional(vendor.legalName)),
  column<Vendor>('lei', 22, (vendor) => optional(vendor.lei)),
  column<Vendor>('hqCountry', 10, (vendor) => vendor.hqCountry),
  column<Vendor>('parentVendor', 26, (vendor, context) =>
    vendor.parentVendorId ? context.vendorName(vendor.parentVendorId) : null,
  ),
  column<Vendor>('ownership', 18, (vendor, { labels }) => labels.ownership[vendor.ownership]),
  column<Vendor>('stateOwnershipPct', 12, (vendor) => optional(vendor.stateOwnershipPct)),
  column<Vendor>('jurisdictions', 16, (vendor) => list(vendor.jurisdictions)),
  column<Vendor>('listings', 26, (vendor, { labels }) =>
    writeRecords(
      vendor.listings.map((listing) => [labels.listing[listing.list], listing.since, listing.note]),
      ':',
    ),
  ),
  column<Vendor>(
    'sovereigntyLevel',
    14,
    (vendor, { labels }) => labels.sovereigntyLevel[sovereigntyOf(vendor).level],
  ),
  column<Vendor>('sovereigntyIndex', 12, (vendor) => sovereigntyOf(vendor).index),
  ...sovereigntyCriteria.map((criterion) =>
    column<Vendor>(criterion, 8, (vendor) => vendor.sovereignty[criterion]),
  ),
  column<Vendor>('rationale', 30, (vendor) => optional(vendor.sovereignty.rationale)),
  column<Vendor>('certifications', 24, (vendor) =>
    writeRecords(
      vendor.certifications.map((certification) => [
        certification.scheme,
        certification.reference,
        certification.validUntil,
      ]),
      '|',
    ),
  ),
  column<Vendor>('contacts', 30, (vendor) =>
    writeRecords(
      vendor.contacts.map((contact) => [contact.name, contact.role, contact.email, contact.phone]),
      '|',
    ),
  ),
  column<Vendor>('tags', 20, (vendor) => list(vendor.tags)),
  column<Vendor>('notes', 40, (vendor) => vendor.notes),
  column<Vendor>('updatedAt', 12, (vendor) => day(vendor.updatedAt)),
  column<Vendor>('id', 38, (vendor) => vendor.id),
];

export const vendorRegister = (context: RegisterContext): RegisterTable =>
  tabulate('vendors', context.records.vendors, vendorRegisterColumns, context);
