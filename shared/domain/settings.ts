import { z } from 'zod';
import { countryCodeSchema, optional } from './common';

/**
 * The user's profile. Both names may be empty (a fresh install has none); a cleared country select sends
 * '' or undefined and is stored as absent.
 */
export const settingsSchema = z.object({
  userName: z.string('validation.text').trim().max(100, 'validation.tooLong'),
  organisationName: z.string('validation.text').trim().max(200, 'validation.tooLong'),
  organisationCountry: optional(countryCodeSchema),
});
export type Settings = z.infer<typeof settingsSchema>;
