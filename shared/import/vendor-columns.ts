import { listingValues, ownershipValues, sovereigntyCriteria } from '../domain/vendor';
import { writeRecords } from './cell-lists';
import * as cells from './cells';
import { choiceColumn, column, type ImportColumn } from './columns';

const ratingColumn = (criterion: (typeof sovereigntyCriteria)[number], example: string): ImportColumn =>
  column(criterion, example, cells.rating, {
    path: ['sovereignty', criterion],
    allowed: ['0', '1', '2', '3', '4'],
  });

const ratingExamples = ['1', '2', '0', '1', '', '2'] as const;

/** The columns of a vendor import file, one per field of the Vendor record. */
export const vendorColumns: readonly ImportColumn[] = [
  column('id', '3f2b8c1e-6d4a-4b7e-9f10-2a5c7d8e9b01', cells.text, { inSampleRow: false }),
  column('name', 'Nordic Radio', cells.text, { required: true }),
  column('legalName', 'Nordic Radio Oy', cells.text),
  column('lei', '529900T8BM49AURSDO55', cells.text),
  column('hqCountry', 'FI', cells.text, { required: true }),
  column('parentVendor', 'Nordic Group', cells.text, {
    path: ['parentVendorId'],
    inSampleRow: false,
    reference: { table: 'vendors', many: false },
  }),
  choiceColumn('ownership', 'listed', ownershipValues, (labels) => labels.ownership),
  column('stateOwnershipPct', '0', cells.number),
  column('jurisdictions', 'FI; US', cells.list, { many: true }),
  column(
    'listings',
    (labels) =>
      writeRecords([[labels.listing['fcc-covered'], '2021-03-12'], [labels.listing['us-entity-list']]], ':'),
    cells.listings,
    { many: true, allowed: listingValues, labels: (labels) => labels.listing },
  ),
  ...sovereigntyCriteria.map((criterion, index) => ratingColumn(criterion, ratingExamples[index] ?? '')),
  column('rationale', 'Listed in the EU; no state shareholder.', cells.text, {
    path: ['sovereignty', 'rationale'],
  }),
  column('certifications', 'ISO 27001|CERT-1234|2026-06-30; NESAS', cells.certifications, { many: true }),
  column('contacts', 'Anna Virtanen|Account manager|anna@example.com|+358 40 123 4567', cells.contacts, {
    many: true,
  }),
  column('tags', 'ran; strategic', cells.list, { many: true }),
  column('notes', 'Framework agreement renewed in 2024.', cells.longText),
];
