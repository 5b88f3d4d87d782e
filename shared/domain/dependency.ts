import { z } from 'zod';
import {
  countryListSchema,
  idSchema,
  nonNegativeIntegerSchema,
  nonNegativeNumberSchema,
  notesSchema,
  optional,
  percentSchema,
  recordMetaSchema,
  referenceSchema,
  requiredText,
  tagsSchema,
} from './common';
import { dependencyStandardsSchema } from './standards/standards-field';
import { currencySchema } from './licence';

export const dependencyKindValues = [
  'hardware',
  'software',
  'service',
  'cloud',
  'component',
  'patent-licence',
  'open-source',
  'standard',
] as const;
export type DependencyKind = (typeof dependencyKindValues)[number];

export const networkDomainValues = [
  'ran',
  'core',
  'transport',
  'oss-bss',
  'cloud',
  'it',
  'devices',
  'security',
  'other',
] as const;
export type NetworkDomain = (typeof networkDomainValues)[number];

export const substitutabilityValues = ['easy', 'moderate', 'hard', 'none'] as const;
export type Substitutability = (typeof substitutabilityValues)[number];

/** 1 = marginal … 5 = the network stops without it; concentration and exposure weigh by this. */
export const criticalitySchema = z
  .number('validation.criticality')
  .int('validation.criticality')
  .min(1, 'validation.criticality')
  .max(5, 'validation.criticality');

export const dependencyInputSchema = z.object({
  name: requiredText(200),
  vendorId: referenceSchema,
  kind: z.enum(dependencyKindValues, 'validation.choice'),
  domain: z.enum(networkDomainValues, 'validation.choice'),
  criticality: criticalitySchema,
  footprintPct: optional(percentSchema),
  substitutability: z.enum(substitutabilityValues, 'validation.choice'),
  exitMonths: optional(nonNegativeIntegerSchema),
  vendorRemoteAccess: z.boolean('validation.boolean').default(false),
  dataLocations: countryListSchema,
  upstreamIds: z
    .array(idSchema)
    .transform((ids) => [...new Set(ids)])
    .default([]),
  tags: tagsSchema.default([]),
  notes: notesSchema,
  // Schema version 2 (issue 13): the standards it implements, and a device's unit price for its royalty stack.
  standards: dependencyStandardsSchema,
  unitPrice: optional(z.object({ amount: nonNegativeNumberSchema, currency: currencySchema })),
});
export type DependencyInput = z.input<typeof dependencyInputSchema>;

/**
 * Longer cycles in the upstream graph are tolerated (the exposure computation handles them), but a
 * dependency naming itself is always a data-entry mistake.
 */
export const dependencySchema = dependencyInputSchema
  .extend(recordMetaSchema.shape)
  .refine((dependency) => !dependency.upstreamIds.includes(dependency.id), {
    path: ['upstreamIds'],
    message: 'validation.selfDependency',
  });
export type Dependency = z.infer<typeof dependencySchema>;
