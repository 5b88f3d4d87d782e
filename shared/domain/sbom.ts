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

/** A component's own fields, without the dependency it belongs to. */
export type SbomComponentFields = Omit<SbomComponentInput, 'dependencyId'>;

/** A stored component inside its dependency's SBOM document: the record without the dependency, said once. */
export type SbomDocumentComponent = Omit<SbomComponent, 'dependencyId'>;

/**
 * A dependency's SBOM as the database stores it: one document holding every component, written and read in
 * one piece (an SBOM is replaced whole), so 50,000 components cost one write instead of 50,000 rows with
 * their index entries. The workspace file keeps the flat list of components (shared/sbom/documents.ts).
 */
export interface SbomDocument {
  dependencyId: string;
  /** When a component was last written: the import's time, as every component of an import shares it. */
  updatedAt: string;
  components: SbomDocumentComponent[];
}
