import type { z } from 'zod';
import type { ReferenceEntry, referenceEntryInputSchema } from '@shared/domain';

/** What the entry form holds while typing (the schema's input) and what a valid submit yields. */
export type ReferenceFormValues = z.input<typeof referenceEntryInputSchema>;
export type ReferenceFormOutput = z.output<typeof referenceEntryInputSchema>;

/** Form values from a stored entry, or blank ones for a new entry; absent fields become '' so inputs stay controlled. */
export const toReferenceFormValues = (entry?: ReferenceEntry): ReferenceFormValues => ({
  list: entry?.list ?? 'fcc-covered',
  name: entry?.name ?? '',
  aliases: entry?.aliases ?? [],
  since: entry?.since ?? '',
  source: entry?.source ?? '',
  note: entry?.note ?? '',
});
