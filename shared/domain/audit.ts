import { z } from 'zod';
import { idSchema, isoDateTimeSchema, textSchema } from './common';

export const auditActionValues = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof auditActionValues)[number];

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
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
