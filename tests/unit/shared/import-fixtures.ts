import i18next from 'i18next';
import { formatProblem, type ImportPlan, type Translate } from '@shared/import';
import { en } from '@renderer/i18n/en';
import { registerLabels } from '@renderer/ui/registerLabels';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en } },
  lng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

// Keys are computed at run time, so the catalogue-typed t is used as a plain string lookup.
const translate: Translate = i18n.t.bind(i18n) as never;

/** Problems as the English preview shows them. */
export const messages = (plan: Pick<ImportPlan, 'problems'>): string[] =>
  plan.problems.map((problem) => formatProblem(problem, translate));

export const csv = (...lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));

/** The exported files' words in English, as the app builds them: templates are headed with these. */
export const englishLabels = registerLabels(translate);

/** The words an import reads files with, English only. */
export const englishWords = [englishLabels];
