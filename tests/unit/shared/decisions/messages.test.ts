import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '@renderer/i18n/en';
import { fr } from '@renderer/i18n/fr';

const dir = fileURLToPath(new URL('../../../../shared/domain/decisions/', import.meta.url));

/** Every message key written in the decisions sources (the shared validation test reads shared/domain only). */
const keysUsed = (): string[] => {
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')))
    for (const match of readFileSync(dir + file, 'utf8').matchAll(
      /'((?:decisions|validation)\.[A-Za-z.]+)'/g,
    ))
      if (match[1]) keys.add(match[1]);
  return [...keys].sort();
};

const lookup = (catalogue: object, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      catalogue,
    );

describe('decision messages', () => {
  it('finds the keys the decision schemas and checks use', () => {
    expect(keysUsed()).toEqual(
      expect.arrayContaining([
        'decisions.validation.weightsSum',
        'decisions.validation.moveToOwnVendor',
        'validation.duplicateId',
      ]),
    );
  });

  it('has an English and a French message for each, the French one translated', () => {
    const missing = keysUsed().filter(
      (key) => typeof lookup(en, key) !== 'string' || typeof lookup(fr, key) !== 'string',
    );
    expect(missing).toEqual([]);
    const untranslated = Object.keys(en.decisions.validation).filter(
      (key) => lookup(en.decisions.validation, key) === lookup(fr.decisions.validation, key),
    );
    expect(untranslated).toEqual([]);
  });
});
