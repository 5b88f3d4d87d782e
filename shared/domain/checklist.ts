import { z } from 'zod';
import { optional, optionalText, recordMetaSchema, requiredText } from './common';
import { riskCategoryValues } from './risk';

export const subjectTypeValues = ['vendor', 'dependency', 'licence'] as const;
export type SubjectType = (typeof subjectTypeValues)[number];

export const answerTypeValues = ['yes-no', 'maturity', 'text', 'date'] as const;
export type AnswerType = (typeof answerTypeValues)[number];

/**
 * Section and item ids are readable slugs (e.g. "eu-5g-tm08") rather than UUIDs: built-in checklists are
 * referenced by id from users' workspaces and must keep the same ids across app versions. Lower-case
 * letters, digits and hyphens only, so an id is never `__proto__`, a path, or text that looks like another.
 */
export const CHECKLIST_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The id of a section or item as a new checklist gets it, from the editor or a checklists file. */
export const checklistKeySchema = z
  .string('validation.required')
  .trim()
  .min(1, { error: 'validation.required', abort: true })
  .regex(CHECKLIST_KEY_PATTERN, 'validation.checklistKey');

/**
 * The id as stored. Checklists saved before ids had to be slugs may hold any text of 1–100 characters, and
 * their assessments' answers are keyed by it: stored records keep it, and the editor keeps an id a checklist
 * already has (see checklistEditSchema); only ids new to a checklist must be slugs.
 */
export const storedChecklistKeySchema = z
  .string('validation.required')
  .trim()
  .min(1, 'validation.required')
  .max(100, 'validation.tooLong');

const checklistKeyKeeping = (kept: ReadonlySet<string>) =>
  z
    .string('validation.required')
    .trim()
    .min(1, { error: 'validation.required', abort: true })
    .refine((id) => kept.has(id) || CHECKLIST_KEY_PATTERN.test(id), 'validation.checklistKey');

const itemShape = (key: z.ZodType<string, string>) => ({
  id: key,
  text: requiredText(2000),
  guidance: optionalText(10_000),
  reference: optionalText(200),
  answerType: z.enum(answerTypeValues, 'validation.choice'),
  weight: z
    .number('validation.weight')
    .positive('validation.weight')
    .max(100, 'validation.weight')
    .default(1),
  riskCategory: optional(z.enum(riskCategoryValues, 'validation.choice')),
  /**
   * A maturity item rated as a concern (0 = no concern … 4 = severe), like the supplier risk profile's
   * criteria, scores (4 − value) ÷ 4 so that a higher score is always better.
   */
  higherIsWorse: optional(z.boolean('validation.boolean')),
});

const sectionSchema = (key: z.ZodType<string, string>) =>
  z.object({
    id: key,
    title: requiredText(300),
    items: z.array(z.object(itemShape(key))).default([]),
  });

export const checklistItemSchema = z.object(itemShape(storedChecklistKeySchema));
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSectionSchema = sectionSchema(storedChecklistKeySchema);
export type ChecklistSection = z.infer<typeof checklistSectionSchema>;

const checklistShape = (key: z.ZodType<string, string>) => ({
  name: requiredText(200),
  version: requiredText(50),
  source: optionalText(1000),
  builtIn: z.boolean('validation.boolean').default(false),
  subjectType: z.enum(subjectTypeValues, 'validation.choice'),
  sections: z.array(sectionSchema(key)).default([]),
});

interface ChecklistOutline {
  sections: ReadonlyArray<{ id: string; items: ReadonlyArray<{ id: string }> }>;
}

/** Answers are keyed by item id, so two items sharing an id would silently share one answer. */
const checkUniqueIds = (checklist: ChecklistOutline, ctx: z.core.$RefinementCtx): void => {
  const sectionIds = new Set<string>();
  const itemIds = new Set<string>();
  checklist.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) {
      ctx.addIssue({ code: 'custom', path: ['sections', s, 'id'], message: 'validation.duplicateId' });
    }
    sectionIds.add(section.id);
    section.items.forEach((item, i) => {
      if (itemIds.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', s, 'items', i, 'id'],
          message: 'validation.duplicateId',
        });
      }
      itemIds.add(item.id);
    });
  });
};

/** A checklist as the editor saves it or a checklists file brings it: every section and item id a slug. */
export const checklistInputSchema = z.object(checklistShape(checklistKeySchema)).superRefine(checkUniqueIds);
export type ChecklistInput = z.input<typeof checklistInputSchema>;

/**
 * The editor's schema for a checklist that exists: the ids it already has are kept whatever their form
 * (assessments key their answers by them), any other must be a slug.
 */
export const checklistEditSchema = (keptIds: ReadonlySet<string>) =>
  keptIds.size === 0
    ? checklistInputSchema
    : z.object(checklistShape(checklistKeyKeeping(keptIds))).superRefine(checkUniqueIds);

/** A checklist as stored (and restored from a workspace file): ids as they were saved. */
export const checklistSchema = z
  .object({ ...checklistShape(storedChecklistKeySchema), ...recordMetaSchema.shape })
  .superRefine(checkUniqueIds);
export type Checklist = z.infer<typeof checklistSchema>;
