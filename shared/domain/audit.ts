import { z } from 'zod';
import { idSchema, isoDateTimeSchema, requiredText, sha256Schema, textSchema } from './common';

export const auditActionValues = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof auditActionValues)[number];

/**
 * How an event written in another workspace came into this one: merged from a colleague's file (its name
 * and SHA-256), by whom and when. The event's own `actor` and `at` are what that file said; this mark is
 * what this workspace knows for sure.
 */
export const auditImportSchema = z.object({
  fileName: requiredText(255),
  sha256: sha256Schema,
  by: z.string('validation.text').max(200, 'validation.tooLong'),
  at: isoDateTimeSchema,
});
export type AuditImport = z.infer<typeof auditImportSchema>;

/**
 * One change to one record. Events are immutable, so they carry `at` and no createdAt/updatedAt.
 * `recordId` is not always a UUID (the settings row is keyed "profile") and `actor` may be empty until
 * the user has given a name.
 */
export const auditEventSchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actor: textSchema().max(200, 'validation.tooLong'),
  table: z.string('validation.required').min(1, 'validation.required'),
  recordId: z.string('validation.required').min(1, 'validation.required'),
  action: z.enum(auditActionValues, 'validation.choice'),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).optional(),
  imported: auditImportSchema.optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
