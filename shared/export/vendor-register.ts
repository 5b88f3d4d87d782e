import { assessSovereignty, sovereigntyCriteria, type Vendor } from '../domain';
import type { RegisterContext } from './context';
import { column, day, list, optional, tabulate, type RegisterTable } from './register-table';

interface VendorRow {
  vendor: Vendor;
  sovereignty: ReturnType<typeof assessSovereignty>;
}

const columns = [
  column<VendorRow>('name', 30, ({ vendor }) => vendor.name),
  column<VendorRow>('legalName', 30, ({ vendor }) => optional(vendor.legalName)),
  column<VendorRow>('lei', 22, ({ vendor }) => optional(vendor.lei)),
  column<VendorRow>('hqCountry', 10, ({ vendor }) => vendor.hqCountry),
  column<VendorRow>('parentVendor', 26, ({ vendor }, context) =>
    vendor.parentVendorId ? context.vendorName(vendor.parentVendorId) : null,
  ),
  column<VendorRow>('ownership', 18, ({ vendor }, { labels }) => labels.ownership[vendor.ownership]),
  column<VendorRow>('stateOwnershipPct', 12, ({ vendor }) => optional(vendor.stateOwnershipPct)),
  column<VendorRow>('jurisdictions', 16, ({ vendor }) => list(vendor.jurisdictions)),
  column<VendorRow>('listings', 26, ({ vendor }, { labels }) =>
    list(vendor.listings.map((listing) => labels.listing[listing.list])),
  ),
  column<VendorRow>(
    'sovereigntyLevel',
    14,
    ({ sovereignty }, { labels }) => labels.sovereigntyLevel[sovereignty.level],
  ),
  column<VendorRow>('sovereigntyIndex', 12, ({ sovereignty }) => sovereignty.index),
  ...sovereigntyCriteria.map((criterion) =>
    column<VendorRow>(criterion, 8, ({ vendor }) => vendor.sovereignty[criterion]),
  ),
  column<VendorRow>('certifications', 24, ({ vendor }) =>
    list(vendor.certifications.map((certification) => certification.scheme)),
  ),
  column<VendorRow>('tags', 20, ({ vendor }) => list(vendor.tags)),
  column<VendorRow>('notes', 40, ({ vendor }) => vendor.notes),
  column<VendorRow>('updatedAt', 12, ({ vendor }) => day(vendor.updatedAt)),
];

export const vendorRegister = (context: RegisterContext): RegisterTable =>
  tabulate(
    'vendors',
    context.records.vendors.map((vendor) => ({ vendor, sovereignty: assessSovereignty(vendor) })),
    columns,
    context,
  );
