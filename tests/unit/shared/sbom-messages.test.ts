import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sbom as enNamespace } from '@renderer/i18n/en/sbom';
import { sbom as frNamespace } from '@renderer/i18n/fr/sbom';

/** The reader's messages: the namespace's top-level strings (the SBOM section's own keys are grouped in objects). */
const messages = (namespace: object): Record<string, string> =>
  Object.fromEntries(Object.entries(namespace).filter(([, value]) => typeof value === 'string'));
const en = messages(enNamespace);
const fr = messages(frNamespace);

const sbomDir = fileURLToPath(new URL('../../../shared/sbom/', import.meta.url));

/** Every `sbom.*` key written in the SBOM reader's sources. */
const keysUsed = (): string[] => {
  const keys = new Set<string>();
  for (const file of readdirSync(sbomDir).filter((name) => name.endsWith('.ts')))
    for (const match of readFileSync(sbomDir + file, 'utf8').matchAll(/'sbom\.([A-Za-z0-9]+)'/g))
      if (match[1]) keys.add(match[1]);
  return [...keys].sort();
};

/** A message, or its plural forms when it takes a count. */
const hasMessage = (catalogue: Record<string, string>, key: string): boolean =>
  typeof catalogue[key] === 'string' ||
  (typeof catalogue[`${key}_one`] === 'string' && typeof catalogue[`${key}_other`] === 'string');

describe('SBOM messages', () => {
  it('finds the keys the reader uses', () => {
    expect(keysUsed()).toEqual(
      expect.arrayContaining(['notJson', 'unsupportedVersion', 'componentWithoutName']),
    );
  });

  it('has an English and a French message for every key the reader uses, and no other', () => {
    const used = keysUsed();
    expect(used.filter((key) => !hasMessage(en, key) || !hasMessage(fr, key))).toEqual([]);
    expect(Object.keys(en).filter((key) => !used.includes(key.replace(/_(one|other)$/, '')))).toEqual([]);
  });

  it('has no French message left in English', () => {
    expect(Object.keys(en).filter((key) => en[key] === fr[key])).toEqual([]);
  });
});
