import { z } from 'zod';
import {
  countryCodeSchema,
  countryListSchema,
  dateSchema,
  notesSchema,
  optional,
  optionalText,
  percentSchema,
  recordMetaSchema,
  referenceSchema,
  requiredText,
  tagsSchema,
} from './common';
import { leiSchema } from './lei-schema';
import { vendorAliasesSchema, vendorRolesSchema } from './standards/vendor-roles';

export const ownershipValues = ['listed', 'private', 'state-owned', 'state-influenced', 'unknown'] as const;
export type Ownership = (typeof ownershipValues)[number];

export const listingValues = [
  'fcc-covered',
  'us-entity-list',
  'eu-high-risk',
  'uk-designated',
  'other',
] as const;
export type Listing = (typeof listingValues)[number];

/** The six supplier criteria of the EU coordinated risk assessment of 5G networks (October 2019). */
export const sovereigntyCriteria = ['c1a', 'c1b', 'c1c', 'c1d', 'c2', 'c3'] as const;
export type SovereigntyCriterion = (typeof sovereigntyCriteria)[number];

/**
 * Each criterion's code as the EU coordinated risk assessment numbers it. With the name and question of
 * `vendors.sovereignty.criteria.<criterion>` it is the one way a criterion is named: form, import template,
 * workbook and CSV headers, board report.
 */
export const sovereigntyCriterionCodes: Readonly<Record<SovereigntyCriterion, string>> = {
  c1a: 'C1a',
  c1b: 'C1b',
  c1c: 'C1c',
  c1d: 'C1d',
  c2: 'C2',
  c3: 'C3',
};

export const listingSchema = z.object({
  list: z.enum(listingValues, 'validation.choice'),
  since: optional(dateSchema),
  note: optionalText(2000),
});
export type VendorListing = z.infer<typeof listingSchema>;

export const certificationSchema = z.object({
  scheme: requiredText(200),
  reference: optionalText(200),
  validUntil: optional(dateSchema),
});
export type Certification = z.infer<typeof certificationSchema>;

/** 0 = no concern … 4 = severe; null means "not rated yet", which is not the same as "no concern". */
export const sovereigntyRatingSchema = z
  .number('validation.rating')
  .int('validation.rating')
  .min(0, 'validation.rating')
  .max(4, 'validation.rating')
  .nullable()
  .default(null);

export const vendorSovereigntySchema = z.object({
  c1a: sovereigntyRatingSchema,
  c1b: sovereigntyRatingSchema,
  c1c: sovereigntyRatingSchema,
  c1d: sovereigntyRatingSchema,
  c2: sovereigntyRatingSchema,
  c3: sovereigntyRatingSchema,
  rationale: optionalText(10_000),
});
export type VendorSovereignty = z.infer<typeof vendorSovereigntySchema>;

export const contactSchema = z.object({
  name: requiredText(200),
  role: optionalText(200),
  email: optional(z.string('validation.email').trim().pipe(z.email('validation.email'))),
  phone: optionalText(50),
});
export type Contact = z.infer<typeof contactSchema>;

export const vendorInputSchema = z.object({
  name: requiredText(200),
  legalName: optionalText(300),
  lei: optional(leiSchema),
  hqCountry: countryCodeSchema,
  parentVendorId: optional(referenceSchema),
  ownership: z.enum(ownershipValues, 'validation.choice').default('unknown'),
  stateOwnershipPct: optional(percentSchema),
  jurisdictions: countryListSchema,
  listings: z.array(listingSchema).default([]),
  certifications: z.array(certificationSchema).default([]),
  // prefault runs {} through the schema so every criterion starts as null (unrated).
  sovereignty: vendorSovereigntySchema.prefault({}),
  contacts: z.array(contactSchema).default([]),
  tags: tagsSchema.default([]),
  notes: notesSchema,
  // Schema version 2 (issue 13): a vendor supplies the network, holds declared patents, or both.
  roles: vendorRolesSchema,
  aliases: vendorAliasesSchema,
});
export type VendorInput = z.input<typeof vendorInputSchema>;

export const vendorSchema = vendorInputSchema
  .extend(recordMetaSchema.shape)
  .refine((vendor) => vendor.parentVendorId !== vendor.id, {
    path: ['parentVendorId'],
    message: 'validation.selfParent',
  });
export type Vendor = z.infer<typeof vendorSchema>;
