import { z } from 'zod';
import { idSchema, isoDateTimeSchema, requiredText, sha256Schema, textSchema } from './common';

/** What an event did to one record. */
export const recordActionValues = ['create', 'update', 'delete'] as const;
export type RecordAction = (typeof recordActionValues)[number];

/**
 * The bulk actions, each one event listing the records it wrote: an `import` of a CSV or XLSX file's rows,
 * a `merge` of a colleague's workspace file.
 */
export const bulkActionValues = ['import', 'merge'] as const;
export type BulkActionKind = (typeof bulkActionValues)[number];

/** What an event did: to one record, or a bulk action over the records it lists. */
export const auditActionValues = [...recordActionValues, ...bulkActionValues] as const;
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

const tableSchema = z.string('validation.required').min(1, 'validation.required');
const recordIdSchema = z.string('validation.required').min(1, 'validation.required');
/** Each field changed: its value before and after. */
const changesSchema = z.record(z.string(), z.tuple([z.unknown(), z.unknown()]));

/** What a bulk event did to one of its records: as a single event would say it (format version 7). */
export const auditRecordChangeSchema = z.object({
  table: tableSchema,
  recordId: recordIdSchema,
  action: z.enum(recordActionValues, 'validation.choice'),
  changes: changesSchema.optional(),
});
export type AuditRecordChange = z.infer<typeof auditRecordChangeSchema>;

/**
 * One change to one record, or one bulk action (`import`, `merge`) listing in `records` each record it
 * touched. Events are immutable, so they carry `at` and no createdAt/updatedAt. `recordId` is not always a
 * UUID (the settings row is keyed "profile"; a bulk action gives the name of the file it read) and `actor`
 * may be empty until the user has given a name.
 */
export const auditEventSchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actor: textSchema().max(200, 'validation.tooLong'),
  table: tableSchema,
  recordId: recordIdSchema,
  action: z.enum(auditActionValues, 'validation.choice'),
  changes: changesSchema.optional(),
  records: z.array(auditRecordChangeSchema).optional(),
  imported: auditImportSchema.optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
