import { builtInChecklists } from '../../shared/checklists';
import * as domain from '../../shared/domain';
import { classificationValues, reportSectionIds } from '../../shared/report/options';
import { en } from '../../renderer/i18n/en';
import { fr } from '../../renderer/i18n/fr';

/**
 * What marks a screen as not translated, judged from the text a French reader sees or hears: a phrase of
 * the English catalogue that French words differently, a built-in checklist's English words, or a common
 * English word on its own.
 */

type Catalogue = { readonly [key: string]: string | Catalogue };

const flatten = (catalogue: Catalogue, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(catalogue).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );

const english = flatten(en);
const french = flatten(fr);
const frenchValues = new Set(french.values());
const frenchPhrases = new Set([...french.values()].map((value) => value.replace(/\s+/g, ' ').trim()));

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const placeholder = /\{\{[^}]+\}\}/g;
const hasPlaceholder = /\{\{[^}]+\}\}/;

/** Words of three letters or more outside the placeholders: enough to tell a sentence from a bare slot. */
const literalWords = (template: string): number =>
  template.replace(placeholder, ' ').match(/\p{L}{3,}/gu)?.length ?? 0;

interface Phrase {
  key: string;
  english: string;
  matches: (text: string) => boolean;
}

/**
 * The English catalogue's phrases that French words differently (a value both languages share, such as
 * "Licences" or "Version", says nothing). A phrase with placeholders matches with anything in them.
 */
const phrases: Phrase[] = [...english].flatMap(([key, value]): Phrase[] => {
  const text = normalise(value);
  if (!text || french.get(key) === value || frenchValues.has(value)) return [];
  if (!hasPlaceholder.test(text)) return [{ key, english: text, matches: (candidate) => candidate === text }];
  if (literalWords(text) < 2) return [];
  const pattern = new RegExp(`^${text.split(placeholder).map(escape).join('.+?')}$`, 's');
  return [{ key, english: text, matches: (candidate) => pattern.test(candidate) }];
});

/** A built-in checklist's English words (its French ones are checked against them by a unit test). */
const checklistTexts = new Set(
  builtInChecklists.flatMap((checklist) => [
    checklist.name,
    ...(checklist.source ? [checklist.source] : []),
    ...checklist.sections.flatMap((section) => [
      section.title,
      ...section.items.flatMap((item) => [item.text, ...(item.guidance ? [item.guidance] : [])]),
    ]),
  ]),
);

/** The codes of the domain's choices (`ownershipValues`, `riskStatusValues`…): shown as such, untranslated. */
const choiceCodes = new Set<string>([
  ...Object.entries(domain).flatMap(([name, value]) =>
    name.endsWith('Values') && Array.isArray(value)
      ? value.filter((code): code is string => typeof code === 'string' && /\p{L}/u.test(code))
      : [],
  ),
  ...classificationValues,
  ...reportSectionIds,
]);

/**
 * English words no French sentence of the app uses: function words, the app's verbs and its nouns. Matched
 * as whole words (a French "Ajouter" does not hold "Add"); capitalised ones only as written.
 */
const anyCase = [
  'the',
  'and',
  'of',
  'with',
  'for',
  'from',
  'this',
  'that',
  'your',
  'you',
  'are',
  'is',
  'has',
  'have',
  'not',
  'none',
  'yes',
  'no',
  'to',
  'by',
  'vendor',
  'vendors',
  'dependency',
  'dependencies',
  'risk',
  'risks',
  'assessment',
  'assessments',
  'checklist',
  'checklists',
  'overdue',
  'days',
  'months',
  'unrated',
];
const asWritten = [
  'Save',
  'Cancel',
  'Delete',
  'Edit',
  'Add',
  'Loading',
  'Search',
  'Close',
  'Back',
  'Next',
  'Previous',
  'Nothing found',
  'Select',
  'Choose',
  'New',
  'View',
  'Remove',
  'Download',
  'Print',
  'Dashboard',
  'Settings',
  'Report',
  'Reports',
  'Critical',
  'High',
  'Medium',
  'Low',
  'Draft',
  'Approved',
  'Open',
  'Closed',
  // Dates an English formatter wrote.
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Dec',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Mon',
  'Tue',
  'Wed',
  'Thu',
  'Fri',
  'Sat',
  'Sun',
  'AM',
  'PM',
];
const wordPatterns = [
  ...anyCase.map((word) => ({
    word,
    pattern: new RegExp(`(?<![\\p{L}\\d_-])${word}(?![\\p{L}\\d_-])`, 'iu'),
  })),
  ...asWritten.map((word) => ({
    word,
    pattern: new RegExp(`(?<![\\p{L}\\d_-])${word}(?![\\p{L}\\d_-])`, 'u'),
  })),
];

/** Proper names and codes in English whatever the language. */
const alwaysAllowed = ['Diligence Workbench', 'English', 'Jan Mayen'];

/** Why a piece of text a French reader meets is English, or undefined when it is not. */
export const englishIn = (text: string, userData: readonly string[]): string | undefined => {
  const shown = normalise(text);
  if (!shown) return undefined;
  const phrase = phrases.find((candidate) => candidate.matches(shown));
  if (phrase) return `catalogue ${phrase.key}`;
  if (checklistTexts.has(shown)) return 'built-in checklist text';
  // French as the French catalogue writes it, borrowings included ("Open source").
  if (frenchPhrases.has(shown)) return undefined;
  if (choiceCodes.has(shown)) return 'a choice’s code';
  // Country and language codes ("Norvège (NO)") are codes, not words.
  let remaining = shown.replace(/\(\p{Lu}{2}\)/gu, ' ');
  for (const known of [...userData, ...alwaysAllowed]) remaining = remaining.split(known).join(' ');
  const word = wordPatterns.find(({ pattern }) => pattern.test(remaining));
  if (word) return `word "${word.word}"`;
  // "3,800": thousands as English groups them (French writes 3 800; its comma is a decimal one).
  if (/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/.test(remaining)) return 'number in English format';
  return undefined;
};
