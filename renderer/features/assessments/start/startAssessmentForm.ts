import { z } from 'zod';
import { dateSchema, optional } from '@shared/domain';

/** The start form: which checklist, which record, and by when; a missing choice names the field. */
export const startAssessmentFormSchema = z.object({
  checklistId: z.string('validation.required').min(1, 'validation.required'),
  subjectId: z.string('validation.required').min(1, 'validation.required'),
  dueDate: optional(dateSchema),
});
export type StartAssessmentFormValues = z.input<typeof startAssessmentFormSchema>;
export type StartAssessmentFormOutput = z.output<typeof startAssessmentFormSchema>;
