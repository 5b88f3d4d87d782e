import { z } from 'zod';
import {
  dateSchema,
  idSchema,
  isoDateTimeSchema,
  optional,
  optionalText,
  recordMetaSchema,
  referenceSchema,
  requiredText,
  textSchema,
} from './common';
import { subjectTypeValues } from './checklist';

export const assessmentStatusValues = ['draft', 'in-review', 'approved'] as const;
export type AssessmentStatus = (typeof assessmentStatusValues)[number];

export const conclusionValues = ['ok', 'warning', 'blocker', 'na'] as const;
export type Conclusion = (typeof conclusionValues)[number];

/**
 * How an approval came from the assessment's own people, allowed by Settings' single-person sign-off: the
 * approver created it ('author') or changed its answers last ('editor').
 */
export const selfApprovalValues = ['author', 'editor'] as const;
export type SelfApproval = (typeof selfApprovalValues)[number];

/** Answers to a yes-no item; 'na' is also how a maturity item is marked not applicable. */
export const yesNoValues = ['yes', 'partial', 'no', 'na'] as const;
export type YesNoValue = (typeof yesNoValues)[number];

export const maturitySchema = z
  .number('validation.maturity')
  .int('validation.maturity')
  .min(0, 'validation.maturity')
  .max(4, 'validation.maturity');

/**
 * The value's meaning depends on the item's answer type (yes-no, maturity 0–4, text, date), which lives in
 * the checklist; null is an item opened but not answered yet. The union documents the shapes; scoring
 * checks the value against the item's type.
 */
export const answerValueSchema = z.union([
  z.enum(yesNoValues),
  maturitySchema,
  textSchema().max(20_000, 'validation.tooLong'),
  z.null(),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answerSchema = z.object({
  value: answerValueSchema.default(null),
  comment: optionalText(20_000),
  evidenceIds: z.array(idSchema).default([]),
  answeredBy: optionalText(200),
  answeredAt: optional(isoDateTimeSchema),
});
export type Answer = z.infer<typeof answerSchema>;

/**
 * zod's record skips a `__proto__` key (assigning it would set the prototype), so the answer to an item of
 * that name — possible in checklists saved before ids had to be slugs — would vanish at every parse. It is
 * carried under a stand-in no item id can be (ids never hold control characters) while the record is read.
 */
const PROTO_KEY = '__proto__';
const PROTO_STAND_IN = '\u0000__proto__';

const renameKey = <T>(record: Readonly<Record<string, T>>, from: string, to: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key === from ? to : key, value]));

const answersRecordSchema = z.record(z.string(), answerSchema);
type AnswersInput = z.input<typeof answersRecordSchema>;

export const answersSchema = z
  .preprocess(
    (raw: AnswersInput | undefined) =>
      raw && typeof raw === 'object' && Object.hasOwn(raw, PROTO_KEY)
        ? renameKey(raw, PROTO_KEY, PROTO_STAND_IN)
        : raw,
    answersRecordSchema,
  )
  .transform((answers) =>
    Object.hasOwn(answers, PROTO_STAND_IN) ? renameKey(answers, PROTO_STAND_IN, PROTO_KEY) : answers,
  );

export const assessmentSubjectSchema = z.object({
  type: z.enum(subjectTypeValues, 'validation.choice'),
  id: referenceSchema,
});
export type AssessmentSubject = z.infer<typeof assessmentSubjectSchema>;

export const assessmentInputSchema = z.object({
  checklistId: referenceSchema,
  // Pins the template version answered, so a later edit of the checklist cannot reinterpret old answers.
  checklistVersion: requiredText(50),
  subject: assessmentSubjectSchema,
  status: z.enum(assessmentStatusValues, 'validation.choice').default('draft'),
  answers: answersSchema.default({}),
  conclusion: optional(z.enum(conclusionValues, 'validation.choice')),
  reviewer: optionalText(200),
  approvedBy: optionalText(200),
  approvedAt: optional(isoDateTimeSchema),
  /** Set only when the approver signed off their own work, as Settings allowed (see sign-off.ts). */
  selfApproval: optional(z.enum(selfApprovalValues, 'validation.choice')),
  dueDate: optional(dateSchema),
  /**
   * When an approved assessment is next due for review, set as it is approved (from the review cycles, or
   * as the approver chose). It lives on the approved record, which stays locked: no empty draft is made
   * ahead of time, so the lists show what was really done and what is due.
   */
  nextReviewDate: optional(dateSchema),
  revision: z.number('validation.integer').int('validation.integer').min(1, 'validation.revision').default(1),
  previousId: optional(referenceSchema),
});
export type AssessmentInput = z.input<typeof assessmentInputSchema>;

export const assessmentSchema = assessmentInputSchema
  .extend(recordMetaSchema.shape)
  .refine((assessment) => assessment.previousId !== assessment.id, {
    path: ['previousId'],
    message: 'validation.selfReference',
  });
export type Assessment = z.infer<typeof assessmentSchema>;
