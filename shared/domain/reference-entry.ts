import { z } from 'zod';
import { dateSchema, optional, optionalText, recordMetaSchema, requiredText } from './common';
import { listingValues } from './vendor';

/**
 * An entry of a reference list a vendor is checked against (e.g. the FCC Covered List). The lists change,
 * so entries are user-editable and dated; aliases catch the subsidiaries and trading names a list covers.
 */
export const referenceEntryInputSchema = z.object({
  list: z.enum(listingValues, 'validation.choice'),
  name: requiredText(300),
  aliases: z
    .array(requiredText(300))
    .transform((aliases) => [...new Set(aliases)])
    .default([]),
  since: optional(dateSchema),
  source: optionalText(1000),
  note: optionalText(2000),
});
export type ReferenceEntryInput = z.input<typeof referenceEntryInputSchema>;

export const referenceEntrySchema = referenceEntryInputSchema.extend(recordMetaSchema.shape);
export type ReferenceEntry = z.infer<typeof referenceEntrySchema>;
