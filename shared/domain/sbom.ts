import { z } from 'zod';
import { optional, optionalText, recordMetaSchema, referenceSchema, requiredText } from './common';

/** Package URL (purl-spec): "pkg:" then a type, then a slash; the rest varies too much by type to check. */
export const purlSchema = z
  .string('validation.purl')
  .trim()
  .regex(/^pkg:[A-Za-z.+-][A-Za-z0-9.+-]*\/.+/, 'validation.purl');

/** One component of a dependency's software bill of materials (SPDX or CycloneDX import). */
export const sbomComponentInputSchema = z.object({
  dependencyId: referenceSchema,
  name: requiredText(300),
  version: optionalText(100),
  purl: optional(purlSchema),
  supplier: optionalText(300),
  // SPDX expressions where the SBOM gives them, otherwise the licence names as written.
  licences: z.array(requiredText(1000)).default([]),
});
export type SbomComponentInput = z.input<typeof sbomComponentInputSchema>;

export const sbomComponentSchema = sbomComponentInputSchema.extend(recordMetaSchema.shape);
export type SbomComponent = z.infer<typeof sbomComponentSchema>;
