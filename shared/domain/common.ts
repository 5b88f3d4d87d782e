import { z } from 'zod';
import { isCountryCode } from './countries';
import { xmlSafeText } from './xml-text';
import './zod-messages';

/**
 * Building blocks shared by every record schema. Messages are i18n keys under `validation.*` so a form,
 * an import and a restore all show the same wording in the user's language.
 */

/**
 * Makes a schema optional for both the file format (key absent) and forms, where a cleared field arrives as
 * ''. The preprocess argument is typed so the schema's input type stays precise for react-hook-form, and a
 * non-empty value that fails is reported with the inner schema's own message.
 */
export const optional = <T extends z.ZodType>(schema: T) =>
  z
    .preprocess((value: z.input<T> | '' | undefined) => (value === '' ? undefined : value), schema.optional())
    .optional();

/**
 * Text as every record stores it: without the characters XML cannot hold (xml-text.ts), which would make
 * any Word or Excel export unreadable. They are removed rather than refused: they are invisible, arrive by
 * pasting, and a form could not show the user which one to delete.
 */
export const textSchema = (message = 'validation.text') => z.string(message).overwrite(xmlSafeText);

/** Free text that may be left empty: trimmed, and stored as absent rather than as ''. */
export const optionalText = (max: number) =>
  textSchema()
    .trim()
    .max(max, 'validation.tooLong')
    .transform((value) => (value === '' ? undefined : value))
    .optional();

/** Free text that must say something: whitespace alone does not count. */
export const requiredText = (max: number) =>
  textSchema('validation.required').trim().min(1, 'validation.required').max(max, 'validation.tooLong');

/** Long free text such as notes, kept as written (no trimming) because line breaks and indentation matter. */
export const notesSchema = textSchema().max(20_000, 'validation.tooLong').default('');

export const idSchema = z.uuid('validation.uuid');

/** A link to another record, as picked in a form: an empty choice is "required", not "invalid id". */
export const referenceSchema = z
  .string('validation.required')
  .min(1, { error: 'validation.required', abort: true })
  .pipe(idSchema);

export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: 'validation.dateTime' });

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for YYYY-MM-DD naming a day that exists (2024-02-29 yes, 2025-02-29 and 2025-04-31 no). */
export const isIsoDate = (value: string): boolean => {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls invalid days over into the next month, so a round trip exposes them.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

export const dateSchema = z.string('validation.date').trim().refine(isIsoDate, 'validation.date');

/** Codes are upper-cased first: imported spreadsheets often write "fr" for France. */
export const countryCodeSchema = z
  .string('validation.country')
  .trim()
  .toUpperCase()
  .refine(isCountryCode, 'validation.country');

export const countryListSchema = z
  .array(countryCodeSchema)
  .transform((codes) => [...new Set(codes)])
  .default([]);

export const percentSchema = z
  .number('validation.percent')
  .min(0, 'validation.percent')
  .max(100, 'validation.percent');

export const nonNegativeIntegerSchema = z
  .number('validation.integer')
  .int('validation.integer')
  .min(0, 'validation.nonNegative');

export const nonNegativeNumberSchema = z.number('validation.number').min(0, 'validation.nonNegative');

/** Tags are for filtering, so duplicates carry no meaning and are dropped. */
export const tagsSchema = z
  .array(
    textSchema('validation.required').trim().min(1, 'validation.required').max(50, 'validation.tagTooLong'),
  )
  .transform((tags) => [...new Set(tags)]);

export const sha256Schema = z
  .string('validation.sha256')
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'validation.sha256');

export const recordMetaSchema = z.object({
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type RecordMeta = z.infer<typeof recordMetaSchema>;
