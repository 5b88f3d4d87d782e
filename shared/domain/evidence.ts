import { z } from 'zod';
import {
  dateSchema,
  nonNegativeIntegerSchema,
  optional,
  optionalText,
  recordMetaSchema,
  referenceSchema,
  requiredText,
  sha256Schema,
} from './common';

/**
 * Evidence metadata only. The bytes are a Blob in the database and `contentBase64` in the workspace file;
 * keeping them out of this schema lets lists and audit diffs stay small. The hash proves the file shown
 * to an auditor is the one that was attached.
 */
export const evidenceInputSchema = z.object({
  assessmentId: optional(referenceSchema),
  fileName: requiredText(255),
  mimeType: requiredText(255),
  size: nonNegativeIntegerSchema,
  sha256: sha256Schema,
  addedBy: optionalText(200),
  validUntil: optional(dateSchema),
});
export type EvidenceInput = z.input<typeof evidenceInputSchema>;

export const evidenceRecordSchema = evidenceInputSchema.extend(recordMetaSchema.shape);
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;
