import { z } from 'zod';
import { optional, optionalText, recordMetaSchema, requiredText } from './common';
import { riskCategoryValues } from './risk';

export const subjectTypeValues = ['vendor', 'dependency', 'licence'] as const;
export type SubjectType = (typeof subjectTypeValues)[number];

export const answerTypeValues = ['yes-no', 'maturity', 'text', 'date'] as const;
export type AnswerType = (typeof answerTypeValues)[number];

/**
 * Section and item ids are readable slugs (e.g. "eu-5g-tm08") rather than UUIDs: built-in checklists are
 * referenced by id from users' workspaces and must keep the same ids across app versions.
 */
export const checklistKeySchema = requiredText(100);

export const checklistItemSchema = z.object({
  id: checklistKeySchema,
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
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSectionSchema = z.object({
  id: checklistKeySchema,
  title: requiredText(300),
  items: z.array(checklistItemSchema).default([]),
});
export type ChecklistSection = z.infer<typeof checklistSectionSchema>;

const checklistShape = {
  name: requiredText(200),
  version: requiredText(50),
  source: optionalText(1000),
  builtIn: z.boolean('validation.boolean').default(false),
  subjectType: z.enum(subjectTypeValues, 'validation.choice'),
  sections: z.array(checklistSectionSchema).default([]),
};

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

export const checklistInputSchema = z.object(checklistShape).superRefine(checkUniqueIds);
export type ChecklistInput = z.input<typeof checklistInputSchema>;

export const checklistSchema = z
  .object({ ...checklistShape, ...recordMetaSchema.shape })
  .superRefine(checkUniqueIds);
export type Checklist = z.infer<typeof checklistSchema>;
