import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validation as en } from '@renderer/i18n/en/validation';
import { validation as fr } from '@renderer/i18n/fr/validation';

const domainDir = fileURLToPath(new URL('../../../shared/domain/', import.meta.url));

/** Every `validation.*` key written in the shared domain sources. */
const keysUsed = (): string[] => {
  const keys = new Set<string>();
  for (const file of readdirSync(domainDir).filter((name) => name.endsWith('.ts'))) {
    for (const match of readFileSync(domainDir + file, 'utf8').matchAll(/'validation\.([A-Za-z.]+)'/g)) {
      if (match[1]) keys.add(match[1]);
    }
  }
  return [...keys].sort();
};

const lookup = (catalogue: object, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      catalogue,
    );

describe('validation messages', () => {
  it('finds the keys the schemas use', () => {
    expect(keysUsed()).toEqual(expect.arrayContaining(['required', 'lei', 'country', 'date', 'percent']));
  });

  it('has an English and a French message for every key the schemas use', () => {
    const missing = keysUsed().filter(
      (key) => typeof lookup(en, key) !== 'string' || typeof lookup(fr, key) !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it('has no French message left in English', () => {
    const same = Object.keys(en).filter((key) => lookup(en, key) === lookup(fr, key));
    expect(same).toEqual([]);
  });
});
