import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageSchema, type MenuLanguage } from '../shared/ipc';

/**
 * The app's language as the desktop shell keeps it between runs. The renderer keeps the user's choice; the
 * shell needs it before any window opens, to start Chromium in that locale, so native fields (the date
 * inputs of every form) are written as the user reads: jj/mm/aaaa in French on an English system.
 */
const FILE_NAME = 'language.json';

/** The language last chosen, or undefined when none was (or the file is unreadable: never fatal). */
export const readLanguagePreference = (folder: string): MenuLanguage | undefined => {
  try {
    const stored = JSON.parse(readFileSync(join(folder, FILE_NAME), 'utf8')) as { language?: unknown };
    const parsed = languageSchema.safeParse(stored.language);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

/** Keeps the language for the next start; written whole then renamed, so a crash leaves the old one. */
export const writeLanguagePreference = (folder: string, language: MenuLanguage): void => {
  const path = join(folder, FILE_NAME);
  writeFileSync(`${path}.tmp`, JSON.stringify({ language }));
  renameSync(`${path}.tmp`, path);
};

/**
 * Chromium's locale for the chosen language, or undefined to keep the system's: English is left to the
 * system, whose English (en-GB, en-US…) writes dates as the user expects.
 */
export const chromiumLocale = (language: MenuLanguage | undefined): string | undefined =>
  language === 'fr' ? 'fr-FR' : undefined;
