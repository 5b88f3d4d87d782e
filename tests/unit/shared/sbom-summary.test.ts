import { describe, expect, it } from 'vitest';
import type { SbomComponentInput } from '@shared/domain';
import { summariseSbom } from '@shared/sbom';
import { dependencyId } from '../fixtures/sbom/load';

type StubClass = 'permissive' | 'weak-copyleft' | 'strong-copyleft' | 'network-copyleft' | 'unknown';

/** Enough of the SPDX classification for these tests: AND takes the most demanding part, unknown ranking top. */
const order: StubClass[] = ['permissive', 'weak-copyleft', 'strong-copyleft', 'network-copyleft', 'unknown'];
const classOfId: Record<string, StubClass> = {
  MIT: 'permissive',
  'Apache-2.0': 'permissive',
  'LGPL-2.1-only': 'weak-copyleft',
  'GPL-2.0-only': 'strong-copyleft',
  'AGPL-3.0-only': 'network-copyleft',
};
const classify = (expression: string): StubClass =>
  expression
    .split(' AND ')
    .map((part) => classOfId[part.replace(/[()]/g, '')] ?? 'unknown')
    .reduce((worst, next) => (order.indexOf(next) > order.indexOf(worst) ? next : worst));

const component = (name: string, licences: string[], supplier?: string): SbomComponentInput => ({
  dependencyId,
  name,
  licences,
  ...(supplier && { supplier }),
});

describe('summariseSbom', () => {
  const components = [
    component('a', ['MIT'], 'Acme'),
    component('b', ['Apache-2.0'], 'ACME'),
    component('c', ['LGPL-2.1-only'], 'Beta'),
    component('d', ['MIT', 'GPL-2.0-only'], 'Beta'),
    component('e', ['AGPL-3.0-only']),
    component('f', [], 'acme'),
    component('g', ['Vendor EULA']),
    component('h', ['Vendor EULA', 'GPL-2.0-only']),
  ];
  const summary = summariseSbom(components, classify);

  it('counts the components and those of each licence class', () => {
    expect(summary.total).toBe(8);
    expect(summary.byClass).toEqual({
      permissive: 2,
      'weak-copyleft': 1,
      'strong-copyleft': 1,
      'network-copyleft': 1,
      unknown: 2,
    });
  });

  it('lists copyleft components, including those with a copyleft licence among several', () => {
    expect(summary.copyleft.map((c) => c.name)).toEqual(['c', 'd', 'e', 'h']);
  });

  it('lists components without a licence apart from the classified ones', () => {
    expect(summary.withoutLicence.map((c) => c.name)).toEqual(['f']);
  });

  it('counts components per supplier, whatever the case, most first', () => {
    expect(summary.suppliers).toEqual([
      { name: 'Acme', count: 3 },
      { name: 'Beta', count: 2 },
    ]);
  });

  it('classifies each distinct licence once', () => {
    const seen: string[] = [];
    summariseSbom(
      [component('a', ['MIT']), component('b', ['MIT']), component('c', ['Zlib'])],
      (expression) => {
        seen.push(expression);
        return 'permissive';
      },
    );
    expect(seen).toEqual(['MIT', 'Zlib']);
  });

  it('summarises an empty SBOM as zeros', () => {
    expect(summariseSbom([], classify)).toEqual({
      total: 0,
      byClass: {},
      copyleft: [],
      withoutLicence: [],
      suppliers: [],
    });
  });
});
