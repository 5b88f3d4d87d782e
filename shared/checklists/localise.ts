import type { Checklist, ChecklistItem } from '../domain';
import { builtInChecklists } from './index';
import { frenchChecklists } from './fr';

/** The string fields of a type, optional ones included. */
type TextFields<T> = { [K in keyof T]-?: NonNullable<T[K]> extends string ? K : never }[keyof T];

/**
 * The words of an item a reader sees: every text field except those that are codes (the id, the answer
 * type, the risk category) or a citation kept as its source writes it (`reference`: EU-5G-TM08, NIS2
 * Art.21(2)(d)…). A text field added to items later is translatable without a change here.
 */
export type ItemWordingField = Exclude<
  TextFields<ChecklistItem>,
  'id' | 'reference' | 'answerType' | 'riskCategory'
>;

export type ItemWording = { text: string } & Partial<Record<Exclude<ItemWordingField, 'text'>, string>>;

/**
 * A built-in checklist's words in one language, keyed by the ids the shipped checklist keeps: the stored
 * checklist stays one record, assessments keep answering the same item ids, and only what is shown changes.
 */
export interface ChecklistWording {
  name: string;
  source?: string;
  sections: Readonly<Record<string, string>>;
  items: Readonly<Record<string, ItemWording>>;
}

/** Languages other than English (the shipped text) that built-in checklists are worded in. */
const wordings: Readonly<Record<string, ReadonlyMap<string, ChecklistWording>>> = {
  fr: frenchChecklists,
};

const builtInById = new Map(builtInChecklists.map((checklist) => [checklist.id, checklist]));

const reworded = (checklist: Checklist, wording: ChecklistWording): Checklist => ({
  ...checklist,
  name: wording.name,
  ...(checklist.source !== undefined && wording.source !== undefined ? { source: wording.source } : {}),
  sections: checklist.sections.map((section) => ({
    ...section,
    title: wording.sections[section.id] ?? section.title,
    items: section.items.map((item) => {
      const words = wording.items[item.id];
      return words ? { ...item, ...words } : item;
    }),
  })),
});

// Built-ins are constants: the same object comes back for the same checklist and language, so a screen
// that memoises on it is not re-rendered for nothing.
const cache = new WeakMap<Checklist, Map<string, Checklist>>();

/**
 * A checklist as a reader of `language` sees it: a built-in's name, source, section titles and item words
 * in that language when it is worded in it; ids, references, answer types, weights and everything else
 * unchanged. The user's own checklists are shown as they typed them. Never written back: built-ins live in
 * the code, and answers are keyed by item id whatever the language.
 */
export const localiseChecklist = (checklist: Checklist, language: string): Checklist => {
  if (!checklist.builtIn) return checklist;
  const original = builtInById.get(checklist.id);
  const wording = wordings[language]?.get(checklist.id);
  if (!original) return checklist;
  if (!wording) return original;
  const byLanguage = cache.get(original) ?? new Map<string, Checklist>();
  cache.set(original, byLanguage);
  const known = byLanguage.get(language);
  if (known) return known;
  const localised = reworded(original, wording);
  byLanguage.set(language, localised);
  return localised;
};

/**
 * The checklist in every language it is worded in, as shipped first: a file exported in one language (a
 * vendor questionnaire) is recognised whichever the app speaks when it comes back.
 */
export const checklistInEveryLanguage = (checklist: Checklist): Checklist[] => {
  const original = (checklist.builtIn && builtInById.get(checklist.id)) || checklist;
  if (!original.builtIn) return [original];
  return [
    original,
    ...Object.keys(wordings).flatMap((language) =>
      wordings[language]?.has(original.id) ? [localiseChecklist(original, language)] : [],
    ),
  ];
};
