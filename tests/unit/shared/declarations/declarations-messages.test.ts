import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { declarations as enNamespace } from '@renderer/i18n/en/declarations';
import { declarations as frNamespace } from '@renderer/i18n/fr/declarations';
import { ignoredValueReasons, skipReasonValues } from '@shared/declarations';

const flatten = (node: object, prefix = 'declarations'): Record<string, string> =>
  Object.fromEntries(
    Object.entries(node).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}.${key}`, value]]
        : Object.entries(flatten(value as object, `${prefix}.${key}`)),
    ),
  );
const en = flatten(enNamespace);
const fr = flatten(frNamespace);

const sources = ['../../../../shared/declarations/', '../../../../shared/domain/standards/'].map((dir) =>
  fileURLToPath(new URL(dir, import.meta.url)),
);

/** Every key the reader and the findings produce: the literal ones, the row reasons, the finding reasons. */
const keysUsed = (): string[] => {
  const keys = new Set<string>();
  for (const dir of sources)
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')))
      for (const match of readFileSync(dir + file, 'utf8').matchAll(/'(declarations\.problems\.[A-Za-z]+)'/g))
        if (match[1]) keys.add(match[1]);
  for (const reason of [...skipReasonValues, ...ignoredValueReasons]) keys.add(`declarations.rows.${reason}`);
  for (const reason of ['sovereignty', 'share'])
    for (const part of ['Title', 'Description']) keys.add(`declarations.findings.${reason}${part}`);
  return [...keys].sort();
};

const hasMessage = (catalogue: Record<string, string>, key: string): boolean =>
  typeof catalogue[key] === 'string' ||
  (typeof catalogue[`${key}_one`] === 'string' && typeof catalogue[`${key}_other`] === 'string');

describe('declarations messages', () => {
  it('finds the keys the reader uses', () => {
    expect(keysUsed()).toEqual(
      expect.arrayContaining(['declarations.problems.gdExport', 'declarations.rows.noFamily']),
    );
  });

  it('has an English and a French message for every key produced, and no unused one but the caveat', () => {
    const used = keysUsed();
    expect(used.filter((key) => !hasMessage(en, key) || !hasMessage(fr, key))).toEqual([]);
    expect(
      Object.keys(en).filter(
        (key) => key !== 'declarations.caveat' && !used.includes(key.replace(/_(one|other)$/, '')),
      ),
    ).toEqual([]);
  });

  it('counts rows with plural forms, and has no French message left in English', () => {
    for (const reason of skipReasonValues)
      expect(en[`declarations.rows.${reason}_one`]).toContain('{{count}}');
    expect(Object.keys(en).filter((key) => en[key] === fr[key])).toEqual([]);
  });
});
