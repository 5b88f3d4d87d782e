import { z } from 'zod';
import {
  countryCodeSchema,
  dateSchema,
  idSchema,
  nonNegativeIntegerSchema,
  nonNegativeNumberSchema,
  notesSchema,
  optional,
  optionalText,
  recordMetaSchema,
  referenceSchema,
  requiredText,
} from './common';

export const licenceTypeValues = [
  'commercial',
  'saas',
  'patent-sep',
  'patent-other',
  'open-source',
  'standard-ipr',
] as const;
export type LicenceType = (typeof licenceTypeValues)[number];

export const royaltyBasisValues = ['none', 'fixed', 'per-unit', 'percentage', 'other'] as const;
export type RoyaltyBasis = (typeof royaltyBasisValues)[number];

export const clauseValues = ['yes', 'no', 'partial', 'unknown'] as const;
export type ClauseValue = (typeof clauseValues)[number];

/** The protective clauses a board asks about, in the order the design and the report list them. */
export const clauseNames = [
  'terminationForConvenience',
  'changeOfControl',
  'sanctionsExit',
  'auditRights',
  'sourceEscrow',
  'ipIndemnity',
  'exportControl',
  'dataLocalisation',
  'stepIn',
  'supportContinuity',
] as const;
export type ClauseName = (typeof clauseNames)[number];

// 'unknown' rather than 'no' by default: an unread contract must not look as if it had been checked.
const clause = z.enum(clauseValues, 'validation.choice').default('unknown');

export const licenceClausesSchema = z.object({
  terminationForConvenience: clause,
  changeOfControl: clause,
  sanctionsExit: clause,
  auditRights: clause,
  sourceEscrow: clause,
  ipIndemnity: clause,
  exportControl: clause,
  dataLocalisation: clause,
  stepIn: clause,
  supportContinuity: clause,
});
export type LicenceClauses = z.infer<typeof licenceClausesSchema>;

export const currencySchema = z
  .string('validation.currency')
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'validation.currency');

const licenceShape = {
  title: requiredText(200),
  type: z.enum(licenceTypeValues, 'validation.choice'),
  vendorId: optional(referenceSchema),
  dependencyIds: z
    .array(idSchema)
    .transform((ids) => [...new Set(ids)])
    .default([]),
  spdxExpression: optionalText(1000),
  standard: optionalText(200),
  frand: z.boolean('validation.boolean').optional(),
  startDate: optional(dateSchema),
  endDate: optional(dateSchema),
  noticeDays: optional(nonNegativeIntegerSchema),
  autoRenew: z.boolean('validation.boolean').default(false),
  governingLaw: optional(countryCodeSchema),
  annualCost: optional(nonNegativeNumberSchema),
  currency: optional(currencySchema),
  royaltyBasis: optional(z.enum(royaltyBasisValues, 'validation.choice')),
  clauses: licenceClausesSchema.prefault({}),
  fieldOfUse: optionalText(1000),
  notes: notesSchema,
};

interface LicencePeriod {
  startDate?: string | undefined;
  endDate?: string | undefined;
}

// YYYY-MM-DD strings order like the dates they name, so a string comparison is enough.
const endsAfterStart = (licence: LicencePeriod): boolean =>
  !licence.startDate || !licence.endDate || licence.endDate >= licence.startDate;
const periodRule = { path: ['endDate'], message: 'validation.endBeforeStart' };

export const licenceInputSchema = z.object(licenceShape).refine(endsAfterStart, periodRule);
export type LicenceInput = z.input<typeof licenceInputSchema>;

// Built from the shape rather than extending licenceInputSchema: zod refuses to extend a refined object.
export const licenceSchema = z
  .object({ ...licenceShape, ...recordMetaSchema.shape })
  .refine(endsAfterStart, periodRule);
export type Licence = z.infer<typeof licenceSchema>;
