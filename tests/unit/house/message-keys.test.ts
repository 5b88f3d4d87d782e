import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@renderer/i18n/en';
import { sourceFiles } from './import-graph';

const root = path.resolve(import.meta.dirname, '../../..');

/** What a dotted key names in the catalogue: a sentence (a plural's `_one` standing for it), a group, or nothing. */
const named = (key: string): unknown =>
  key.split('.').reduce<unknown>((node, part, index, parts) => {
    if (typeof node !== 'object' || node === null) return undefined;
    const children = node as Record<string, unknown>;
    const last = index === parts.length - 1;
    return children[part] ?? (last ? children[`${part}_one`] : undefined);
  }, en);

const QUOTED_KEY = new RegExp(`'((?:${Object.keys(en).join('|')})\\.[A-Za-z0-9.-]+)'`, 'g');

/**
 * The type checks the keys shared/ hands over in its problems and refusals; the messages its zod schemas
 * name (`.min(1, 'validation.required')`) are plain strings to zod, so this reads them from the source.
 */
describe('message keys written in shared/', () => {
  const written = sourceFiles(path.join(root, 'shared')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(QUOTED_KEY)].map((match) => ({
      file: path.relative(root, file).split(path.sep).join('/'),
      key: match[1] ?? '',
    })),
  );

  it('finds the keys the schemas name (the scan itself)', () => {
    expect(written).toContainEqual({ file: 'shared/domain/common.ts', key: 'validation.required' });
    expect(named('validation.required')).toBe(en.validation.required);
    expect(named('checklists.refused.inUse')).toBe(en.checklists.refused.inUse_one);
    expect(named('validation.requird')).toBeUndefined();
  });

  it('each name a sentence of the English catalogue, or a group of them (a prefix for a closed set)', () => {
    expect(written.filter(({ key }) => named(key) === undefined)).toEqual([]);
  });
});
