import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chromiumLocale,
  readLanguagePreference,
  writeLanguagePreference,
} from '../../../electron/language-preference';

const folder = () => mkdtempSync(join(tmpdir(), 'language-'));

describe('the language kept for the next start', () => {
  it('starts a French app in a French locale, its date fields written as French writes them', () => {
    const profile = folder();
    writeLanguagePreference(profile, 'fr');
    expect(chromiumLocale(readLanguagePreference(profile))).toBe('fr-FR');
    expect(readdirSync(profile)).toEqual(['language.json']);
  });

  it('leaves English, and a first start, to the system’s own locale', () => {
    const profile = folder();
    expect(chromiumLocale(readLanguagePreference(profile))).toBeUndefined();
    writeLanguagePreference(profile, 'fr');
    writeLanguagePreference(profile, 'en');
    expect(readLanguagePreference(profile)).toBe('en');
    expect(chromiumLocale('en')).toBeUndefined();
  });

  it('ignores a damaged or foreign file rather than failing the start', () => {
    const profile = folder();
    writeFileSync(join(profile, 'language.json'), '{"language":');
    expect(readLanguagePreference(profile)).toBeUndefined();
    writeFileSync(join(profile, 'language.json'), '{"language":"de"}');
    expect(readLanguagePreference(profile)).toBeUndefined();
  });
});
