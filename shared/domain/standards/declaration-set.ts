import { z } from 'zod';
import {
  countryCodeSchema,
  dateSchema,
  isoDateTimeSchema,
  nonNegativeIntegerSchema,
  optional,
  recordMetaSchema,
  requiredText,
  sha256Schema,
} from '../common';
import { flaggedGenerations } from './generation';

export const declarationSourceValues = ['etsi-isld', 'template'] as const;
export type DeclarationSource = (typeof declarationSourceValues)[number];

/** Spellings kept per holder: enough to show how a company appears in the file, bounded whatever the file. */
export const MAX_HOLDER_SPELLINGS = 20;

/**
 * A declaring company of an imported file. `key` is its name normalised (reference-match.ts: case,
 * accents, punctuation and legal forms ignored), under which every spelling of it in the file is merged;
 * `name` is its most frequent spelling, `spellings` the others; `country` is given by the template only
 * (ETSI's export does not say where a declarant sits); `families` counts its distinct patent families in
 * the whole file.
 */
export const declaredHolderSchema = z.object({
  key: requiredText(300),
  name: requiredText(300),
  spellings: z.array(requiredText(300)).max(MAX_HOLDER_SPELLINGS, 'validation.outOfRange'),
  country: optional(countryCodeSchema),
  families: nonNegativeIntegerSchema,
});
export type DeclaredHolder = z.infer<typeof declaredHolderSchema>;

/** [index into `holders`, distinct patent families]: compact, as a set holds tens of thousands of them. */
const holderFamiliesSchema = z.tuple([nonNegativeIntegerSchema, nonNegativeIntegerSchema]);
export type HolderFamilies = z.infer<typeof holderFamiliesSchema>;

/**
 * What an import keeps of a declarations file: aggregates, never rows. Per standard and per generation,
 * the distinct patent families of each holder (a family declared on several versions or by several
 * declarations counts once per holder; a family co-declared by two holders counts once for each). Sorted
 * (holders by key, standards by number, entries by holder), so one file always gives the same value.
 */
export const declarationAggregatesSchema = z
  .object({
    /** Distinct families in the file, each once whatever its holders. */
    families: nonNegativeIntegerSchema,
    holders: z.array(declaredHolderSchema),
    standards: z.array(z.object({ number: requiredText(100), families: z.array(holderFamiliesSchema) })),
    generations: z.array(
      z.object({
        generation: z.enum(flaggedGenerations, 'validation.choice'),
        families: z.array(holderFamiliesSchema),
      }),
    ),
    /** The earliest and latest declaration dates in the file, which tell one export from a newer one. */
    declaredFrom: optional(dateSchema),
    declaredTo: optional(dateSchema),
  })
  .superRefine((aggregates, context) => {
    const holderCount = aggregates.holders.length;
    const check = (entries: readonly HolderFamilies[], path: (string | number)[]) =>
      entries.forEach(([holder], index) => {
        if (holder >= holderCount)
          context.addIssue({ code: 'custom', path: [...path, index, 0], message: 'validation.outOfRange' });
      });
    aggregates.standards.forEach((standard, index) =>
      check(standard.families, ['standards', index, 'families']),
    );
    aggregates.generations.forEach((generation, index) =>
      check(generation.families, ['generations', index, 'families']),
    );
  });
export type DeclarationAggregates = z.infer<typeof declarationAggregatesSchema>;

/** One imported declarations file: where it came from, which file exactly (SHA-256), and its aggregates. */
export const declarationSetInputSchema = z.object({
  source: z.enum(declarationSourceValues, 'validation.choice'),
  fileName: requiredText(300),
  sha256: sha256Schema,
  importedAt: isoDateTimeSchema,
  rowCount: nonNegativeIntegerSchema,
  aggregates: declarationAggregatesSchema,
});
export type DeclarationSetInput = z.input<typeof declarationSetInputSchema>;

/**
 * A stored set. The newest set of a source is the one in force; importing a newer file of the same source
 * sets `replacedAt` on the one it replaces, which stays viewable for comparison.
 */
export const declarationSetSchema = declarationSetInputSchema.extend({
  ...recordMetaSchema.shape,
  replacedAt: optional(isoDateTimeSchema),
});
export type DeclarationSet = z.infer<typeof declarationSetSchema>;
