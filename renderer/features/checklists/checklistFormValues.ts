import type { z } from 'zod';
import type { Checklist, ChecklistItem, checklistInputSchema } from '@shared/domain';

/** What the checklist editor holds while typing (the schema's input) and what a valid submit yields. */
export type ChecklistFormValues = z.input<typeof checklistInputSchema>;
export type ChecklistFormOutput = z.output<typeof checklistInputSchema>;
export type ChecklistFormSection = ChecklistFormValues['sections'] extends (infer S)[] | undefined
  ? S
  : never;
export type ChecklistFormItem = NonNullable<ChecklistFormSection['items']>[number];

const itemValues = (item: ChecklistItem): ChecklistFormItem => ({
  id: item.id,
  text: item.text,
  guidance: item.guidance ?? '',
  reference: item.reference ?? '',
  answerType: item.answerType,
  weight: item.weight,
  riskCategory: item.riskCategory ?? '',
  higherIsWorse: item.higherIsWorse ?? false,
});

/** Form values from a stored checklist, or a blank one; absent optional fields become '' (controlled inputs). */
export const toFormValues = (checklist?: Checklist): ChecklistFormValues => ({
  name: checklist?.name ?? '',
  version: checklist?.version ?? '1.0',
  source: checklist?.source ?? '',
  subjectType: checklist?.subjectType ?? 'vendor',
  sections: (checklist?.sections ?? []).map((section) => ({
    id: section.id,
    title: section.title,
    items: section.items.map(itemValues),
  })),
});

/** A new section or item has no id until it is saved: one is then made from its title or text. */
export const blankSection = (title: string): ChecklistFormSection => ({ id: '', title, items: [] });

export const blankItem = (): ChecklistFormItem => ({
  id: '',
  text: '',
  guidance: '',
  reference: '',
  answerType: 'yes-no',
  weight: 1,
  riskCategory: '',
  higherIsWorse: false,
});

const MAX_SLUG = 60;

/** "Are updates signed?" → "are-updates-signed"; accents dropped so ids stay plain ASCII. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');

const uniqueSlug = (text: string, fallback: string, taken: Set<string>): string => {
  const base = slugify(text) || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
};

/**
 * Gives each new section and item an id made from its title or text, unique in the checklist. Existing ids
 * are kept as they are: assessments key their answers by item id.
 */
export const withGeneratedIds = (values: ChecklistFormValues): ChecklistFormValues => {
  const sections = values.sections ?? [];
  const takenSections = new Set(sections.map((section) => section.id).filter(Boolean));
  const takenItems = new Set(
    sections.flatMap((section) => (section.items ?? []).map((item) => item.id)).filter(Boolean),
  );
  return {
    ...values,
    sections: sections.map((section) => {
      const id = section.id || uniqueSlug(section.title, 'section', takenSections);
      return {
        ...section,
        id,
        items: (section.items ?? []).map((item) =>
          item.id
            ? item
            : {
                ...item,
                id: uniqueSlug(`${id} ${item.text}`, `${slugify(id) || 'section'}-item`, takenItems),
              },
        ),
      };
    }),
  };
};
