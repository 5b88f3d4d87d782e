import { describe, expect, it } from 'vitest';
import { builtInChecklists } from '@shared/checklists';
import { frenchChecklists } from '@shared/checklists/fr';
import { checklistInEveryLanguage, localiseChecklist } from '@shared/checklists/localise';
import { checklistSchema, type Checklist, type ChecklistItem } from '@shared/domain';

const items = (checklist: Checklist) => checklist.sections.flatMap((section) => section.items);

/** The item fields a reader sees (a text field added to items later is caught here too). */
const codeFields = new Set(['id', 'reference', 'answerType', 'riskCategory']);
const wordFields = (item: ChecklistItem): string[] =>
  Object.entries(item)
    .filter(([field, value]) => typeof value === 'string' && !codeFields.has(field))
    .map(([field]) => field);

/** Every piece of text a reader of the checklist sees, with where it is, in one language. */
const texts = (checklist: Checklist): Map<string, string> =>
  new Map([
    ['name', checklist.name],
    ...(checklist.source ? [['source', checklist.source] as const] : []),
    ...checklist.sections.flatMap((section) => [
      [`section ${section.id}`, section.title] as const,
      ...section.items.flatMap((item) =>
        wordFields(item).map(
          (field) => [`${item.id}.${field}`, String(item[field as keyof ChecklistItem])] as const,
        ),
      ),
    ]),
  ]);

/** A reference's citation, without a note of ours beside it (our lettering…), which is worded. */
const citation = (reference: string | undefined) => reference?.replace(/ \(.*\)$/, '');

/** What must not change with the language: ids, order, citations, answer types, weights, categories. */
const structure = (checklist: Checklist) => ({
  id: checklist.id,
  version: checklist.version,
  subjectType: checklist.subjectType,
  builtIn: checklist.builtIn,
  sections: checklist.sections.map((section) => ({
    id: section.id,
    items: section.items.map(({ id, reference, answerType, weight, riskCategory, higherIsWorse }) => ({
      id,
      reference: citation(reference),
      answerType,
      weight,
      riskCategory,
      higherIsWorse,
    })),
  })),
});

const numbers = (text: string): string[] => (text.match(/\d+(?:[.,/]\d+)*/g) ?? []).sort();

describe('the built-in checklists in French', () => {
  it.each(builtInChecklists.map((checklist) => [checklist.name, checklist] as const))(
    '%s has French words for its name, source, every section and every item field a reader sees',
    (_name, checklist) => {
      const english = texts(checklist);
      const french = texts(localiseChecklist(checklist, 'fr'));
      expect([...french.keys()]).toEqual([...english.keys()]);
      // Nothing left in English: every field differs from the shipped text.
      const untranslated = [...english].filter(([where, text]) => french.get(where) === text).map(([w]) => w);
      expect(untranslated).toEqual([]);
    },
  );

  it('words only ids the shipped checklists have, so no translation is lost to a mistyped id', () => {
    expect([...frenchChecklists.keys()].sort()).toEqual(builtInChecklists.map((c) => c.id).sort());
    for (const checklist of builtInChecklists) {
      const wording = frenchChecklists.get(checklist.id)!;
      expect(Object.keys(wording.sections).sort(), checklist.name).toEqual(
        checklist.sections.map((section) => section.id).sort(),
      );
      expect(Object.keys(wording.items).sort(), checklist.name).toEqual(
        items(checklist)
          .map((item) => item.id)
          .sort(),
      );
      for (const item of items(checklist)) {
        // A French field the English item does not have would show where the English shows nothing.
        // A reference is worded only where it carries a note of ours beside the citation.
        const noted = item.reference !== citation(item.reference) ? ['reference'] : [];
        expect(Object.keys(wording.items[item.id]!).sort(), item.id).toEqual(
          [...wordFields(item), ...noted].sort(),
        );
      }
    }
  });

  it.each(builtInChecklists.map((checklist) => [checklist.name, checklist] as const))(
    '%s keeps its ids, order, references, answer types, weights and categories in French',
    (_name, checklist) => {
      const french = localiseChecklist(checklist, 'fr');
      expect(structure(french)).toEqual(structure(checklist));
      expect(checklistSchema.parse(french)).toEqual(french);
    },
  );

  it('keeps every figure of the English (scale levels, deadlines, thresholds, article numbers)', () => {
    const mismatches: string[] = [];
    for (const checklist of builtInChecklists) {
      const english = texts(checklist);
      const french = texts(localiseChecklist(checklist, 'fr'));
      for (const [where, text] of english)
        if (numbers(text).join(' ') !== numbers(french.get(where) ?? '').join(' ')) mismatches.push(where);
    }
    // The sources cite dates and articles in French form ("art. 21, paragraphe 2, points d) et e)").
    expect(mismatches.filter((where) => where !== 'source')).toEqual([]);
  });

  it('asks rated items as questions and writes French typography: ’ for apostrophes, « » for quotes', () => {
    for (const checklist of builtInChecklists) {
      for (const item of items(localiseChecklist(checklist, 'fr'))) {
        if (item.answerType === 'yes-no' || item.answerType === 'maturity')
          expect(item.text.endsWith(' ?'), item.id).toBe(true);
        for (const text of [item.text, item.guidance ?? ''])
          expect(/['"]/.test(text), `${item.id}: ${text}`).toBe(false);
      }
    }
  });

  it('shows the shipped English for English, and the user’s own checklists as they were typed', () => {
    const first = builtInChecklists[0]!;
    expect(localiseChecklist(first, 'en')).toBe(first);
    expect(localiseChecklist(localiseChecklist(first, 'fr'), 'en')).toBe(first);
    expect(localiseChecklist(first, 'de')).toBe(first);
    const own: Checklist = { ...first, id: crypto.randomUUID(), builtIn: false, name: 'Our own' };
    expect(localiseChecklist(own, 'fr')).toBe(own);
    // The same object for the same language, so screens that memoise on it do not redraw for nothing.
    expect(localiseChecklist(first, 'fr')).toBe(localiseChecklist(first, 'fr'));
    expect(localiseChecklist(first, 'fr').name).toBe(
      'Boîte à outils de l’UE pour la cybersécurité de la 5G — mesures de l’opérateur',
    );
  });

  it('lists a built-in in every language it is worded in, whichever language it is given in', () => {
    const first = builtInChecklists[0]!;
    const names = (list: Checklist[]) => list.map((checklist) => checklist.name);
    expect(names(checklistInEveryLanguage(first))).toEqual([
      'EU 5G Toolbox — operator measures',
      'Boîte à outils de l’UE pour la cybersécurité de la 5G — mesures de l’opérateur',
    ]);
    expect(checklistInEveryLanguage(localiseChecklist(first, 'fr'))).toEqual(checklistInEveryLanguage(first));
    const own: Checklist = { ...first, id: crypto.randomUUID(), builtIn: false };
    expect(checklistInEveryLanguage(own)).toEqual([own]);
  });
});
