import { z } from 'zod';
import { countryCodeSchema, optional, textSchema } from './common';

/**
 * The user's profile. Both names may be empty (a fresh install has none); a cleared country select sends
 * '' or undefined and is stored as absent.
 */
export const settingsSchema = z.object({
  userName: textSchema().trim().max(100, 'validation.tooLong'),
  organisationName: textSchema().trim().max(200, 'validation.tooLong'),
  organisationCountry: optional(countryCodeSchema),
});
export type Settings = z.infer<typeof settingsSchema>;
