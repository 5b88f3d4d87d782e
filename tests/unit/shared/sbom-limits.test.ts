import { describe, expect, it } from 'vitest';
import { MAX_COMPONENT_DEPTH, MAX_COMPONENTS, MAX_JSON_DEPTH, parseSbom } from '@shared/sbom';
import { cycloneDx, dependencyId, parsed, parseObject, refused, spdx } from '../fixtures/sbom/load';

const parseText = (text: string) => parseSbom(new TextEncoder().encode(text), dependencyId);

/** `levels` arrays, one inside the other. */
const nestedArrays = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** A component holding a component holding… `levels` components in all, the innermost named "leaf". */
const nestedComponents = (levels: number): object => {
  let component: object = { type: 'library', name: 'leaf' };
  for (let level = 1; level < levels; level += 1)
    component = { type: 'library', name: `c${level}`, components: [component] };
  return component;
};

const tooDeep = [{ messageKey: 'sbom.tooDeep', params: { limit: MAX_JSON_DEPTH } }];

describe('parseSbom on files built to exhaust the reader', () => {
  it.each([
    ['a bare array', nestedArrays(100_000)],
    ['the format marker', `{"bomFormat": ${nestedArrays(100_000)}}`],
    [
      'a part of a CycloneDX file the importer does not read',
      `{"bomFormat": "CycloneDX", "specVersion": "1.6", "metadata": ${nestedArrays(100_000)}}`,
    ],
    [
      'a string-looking key of SPDX',
      `{"spdxVersion": "SPDX-2.3", "packages": [], "x": [${nestedArrays(100_000)}]}`,
    ],
  ])('refuses JSON nested 100,000 levels deep in %s, without throwing', (_, text) => {
    expect(refused(parseText(text))).toEqual(tooDeep);
  });

  it('refuses components nested 100,000 deep as too deeply nested JSON', () => {
    const opening = '{"type":"library","name":"c","components":['.repeat(100_000);
    const text = `{"bomFormat":"CycloneDX","specVersion":"1.6","components":[${opening}${']}'.repeat(100_000)}]}`;
    expect(refused(parseText(text))).toEqual(tooDeep);
  });

  it('counts brackets inside strings as text, not nesting', () => {
    const name = '['.repeat(MAX_JSON_DEPTH * 2);
    const result = parsed(parseObject(cycloneDx([{ type: 'library', name: 'a', description: name }])));
    expect(result.components.map((component) => component.name)).toEqual(['a']);
  });

  it(`reads components nested ${MAX_COMPONENT_DEPTH} deep and refuses one level more, saying where`, () => {
    const deepest = parsed(parseObject(cycloneDx([nestedComponents(MAX_COMPONENT_DEPTH)])));
    expect(deepest.components).toHaveLength(MAX_COMPONENT_DEPTH);
    expect(deepest.components.at(-1)?.name).toBe('leaf');

    const problems = refused(parseObject(cycloneDx([nestedComponents(MAX_COMPONENT_DEPTH + 1)])));
    expect(problems).toEqual([
      {
        path: `components[0]${'.components[0]'.repeat(MAX_COMPONENT_DEPTH - 1)}.components`,
        messageKey: 'sbom.componentsTooDeep',
        params: { limit: MAX_COMPONENT_DEPTH },
      },
    ]);
  });

  it.each([
    ['CycloneDX', (entries: unknown[]) => cycloneDx(entries)],
    ['SPDX', (entries: unknown[]) => spdx(entries)],
  ])(`refuses a %s file of more than ${MAX_COMPONENTS} components before checking them`, (_, document) => {
    const entries = new Array<number>(MAX_COMPONENTS + 1).fill(0);
    expect(refused(parseObject(document(entries)))).toEqual([
      { messageKey: 'sbom.tooManyComponents', params: { limit: MAX_COMPONENTS } },
    ]);
  });

  it('counts nested components towards the cap', () => {
    const entries = new Array<unknown>(MAX_COMPONENTS).fill(0);
    entries[0] = { type: 'library', name: 'parent', components: [{ type: 'library', name: 'child' }] };
    expect(refused(parseObject(cycloneDx(entries)))).toEqual([
      { messageKey: 'sbom.tooManyComponents', params: { limit: MAX_COMPONENTS } },
    ]);
  });
});
