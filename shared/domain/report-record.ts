import { z } from 'zod';
import { isoDateTimeSchema, recordMetaSchema, requiredText, sha256Schema, textSchema } from './common';

/**
 * A generated report, kept as a register entry: the hash lets a board member check that the PDF in front
 * of them is the one the workbench produced. The file itself is not stored.
 */
export const reportRecordInputSchema = z.object({
  kind: requiredText(50),
  title: requiredText(300),
  generatedAt: isoDateTimeSchema,
  // May be empty: a report can be generated before the user has entered a name.
  generatedBy: textSchema().trim().max(200, 'validation.tooLong'),
  fileName: requiredText(255),
  sha256: sha256Schema,
});
export type ReportRecordInput = z.input<typeof reportRecordInputSchema>;

export const reportRecordSchema = reportRecordInputSchema.extend(recordMetaSchema.shape);
export type ReportRecord = z.infer<typeof reportRecordSchema>;
