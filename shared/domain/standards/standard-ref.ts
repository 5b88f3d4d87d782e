import { z } from 'zod';
import { requiredText } from '../common';
import { networkDomainValues } from '../dependency';
import { generationValues } from './generation';
import { canonicalStandard } from './standard-number';

/**
 * An entry of the reference list of standards a dependency is picked against: its number (stored in the
 * canonical spelling of standard-number.ts), a short title, the generation it belongs to and the network
 * domain it concerns. The built-in entries are in reference-list.ts; users may edit and add.
 */
export const standardRefSchema = z.object({
  number: requiredText(100).transform(canonicalStandard),
  title: requiredText(300),
  generation: z.enum(generationValues, 'validation.choice'),
  domain: z.enum(networkDomainValues, 'validation.choice'),
});
export type StandardRefInput = z.input<typeof standardRefSchema>;
export type StandardRef = z.infer<typeof standardRefSchema>;
