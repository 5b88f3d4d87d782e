import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { xlsx as en } from '@renderer/i18n/en/xlsx';
import { xlsx as fr } from '@renderer/i18n/fr/xlsx';

const filesDir = fileURLToPath(new URL('../../../shared/files/', import.meta.url));

/** Every `xlsx.problems.*` key written in the workbook guard's sources. */
const keysUsed = (): string[] => {
  const keys = new Set<string>();
  for (const file of readdirSync(filesDir).filter((name) => name.endsWith('.ts')))
    for (const match of readFileSync(filesDir + file, 'utf8').matchAll(/'xlsx\.problems\.([A-Za-z]+)'/g))
      if (match[1]) keys.add(match[1]);
  return [...keys].sort();
};

describe('workbook refusal messages', () => {
  it('finds the keys the guard uses', () => {
    expect(keysUsed()).toEqual(
      expect.arrayContaining(['pastExcelRows', 'tooLargeInflated', 'compressionRatio']),
    );
  });

  it('has an English and a French message for every key the guard uses, and no other', () => {
    expect(Object.keys(en.problems).sort()).toEqual(keysUsed());
    expect(Object.keys(fr.problems).sort()).toEqual(keysUsed());
  });

  it('has no French message left in English', () => {
    const english = en.problems as Record<string, string>;
    expect(Object.entries(fr.problems).filter(([key, text]) => english[key] === text)).toEqual([]);
  });
});
