import type { Checklist } from '../domain';
import { shippedChecklist, type ChecklistRef } from './versions';
import type { ChecklistWording } from './wording';

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
// The language each localised built-in was made for, so that another version of it is shown in the same one.
const languageOf = new WeakMap<Checklist, string>();

/**
 * A checklist as a reader of `language` sees it: a built-in's name, source, section titles and item words
 * in that language when it is worded in it; ids, references, answer types, weights and everything else
 * unchanged. The user's own checklists are shown as they typed them. Never written back: built-ins live in
 * the code, and answers are keyed by item id whatever the language.
 */
export const localiseChecklist = (checklist: Checklist, language: string): Checklist => {
  if (!checklist.builtIn) return checklist;
  const shipped = shippedChecklist(checklist.id, checklist.version);
  if (!shipped) return checklist;
  const original = shipped.checklist;
  const wording = shipped.wordings[language];
  if (!wording) return original;
  const byLanguage = cache.get(original) ?? new Map<string, Checklist>();
  cache.set(original, byLanguage);
  const known = byLanguage.get(language);
  if (known) return known;
  const localised = reworded(original, wording);
  byLanguage.set(language, localised);
  languageOf.set(localised, language);
  return localised;
};

/**
 * The checklist an assessment was answered against, in the language the checklists of `checklists` are shown
 * in: the one of its id when it is that version (or the user's own, kept in one version only), else the
 * built-in's version as it shipped. Undefined when the id is unknown, or a built-in's version never shipped
 * with this app (a file from a newer one): showing the current items would misread its answers.
 */
export const assessedChecklist = (
  checklists: ReadonlyMap<string, Checklist>,
  ref: ChecklistRef,
): Checklist | undefined => {
  const current = checklists.get(ref.checklistId);
  if (!current?.builtIn || current.version === ref.checklistVersion) return current;
  const shipped = shippedChecklist(ref.checklistId, ref.checklistVersion);
  return shipped && localiseChecklist(shipped.checklist, languageOf.get(current) ?? 'en');
};

/**
 * The checklist in every language it is worded in, as shipped first: a file exported in one language (a
 * vendor questionnaire) is recognised whichever the app speaks when it comes back.
 */
export const checklistInEveryLanguage = (checklist: Checklist): Checklist[] => {
  const shipped = checklist.builtIn ? shippedChecklist(checklist.id, checklist.version) : undefined;
  if (!shipped) return [checklist];
  return [
    shipped.checklist,
    ...Object.keys(shipped.wordings).map((language) => localiseChecklist(shipped.checklist, language)),
  ];
};
