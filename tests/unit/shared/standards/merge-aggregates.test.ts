import { describe, expect, it } from 'vitest';
import { mergeDeclarationAggregates, type DeclarationAggregates } from '@shared/domain/standards';

const isld: DeclarationAggregates = {
  families: 50,
  holders: [
    { key: 'alpha', name: 'Alpha Inc', spellings: [], families: 30 },
    { key: 'beta', name: 'Beta', spellings: [], families: 20 },
  ],
  standards: [
    {
      number: 'TS 38.331',
      families: [
        [0, 30],
        [1, 20],
      ],
    },
  ],
  generations: [{ generation: '5G', families: [[0, 10]] }],
  declaredFrom: '2019-01-01',
  declaredTo: '2024-06-30',
};
const template: DeclarationAggregates = {
  families: 7,
  holders: [
    { key: 'alpha', name: 'ALPHA', spellings: [], country: 'CN', families: 4 },
    { key: 'aardvark', name: 'Aardvark', spellings: [], country: 'US', families: 3 },
  ],
  standards: [
    { number: 'TS 38.300', families: [[1, 3]] },
    { number: 'TS 38.331', families: [[0, 4]] },
  ],
  generations: [],
  declaredFrom: '2025-02-01',
  declaredTo: '2025-02-01',
};

describe('the declarations in force, merged', () => {
  it('merges holders by key and sums their families per standard and generation', () => {
    const merged = mergeDeclarationAggregates([isld, template]);
    // Holders sorted by key: aardvark 0, alpha 1, beta 2.
    expect(merged?.holders.map((holder) => [holder.key, holder.families, holder.country])).toEqual([
      ['aardvark', 3, 'US'],
      ['alpha', 30 + 4, 'CN'],
      ['beta', 20, undefined],
    ]);
    expect(merged?.holders[1]?.spellings).toEqual(['ALPHA']);
    expect(merged?.standards).toEqual([
      { number: 'TS 38.300', families: [[0, 3]] },
      {
        number: 'TS 38.331',
        families: [
          [1, 30 + 4],
          [2, 20],
        ],
      },
    ]);
    expect(merged?.generations).toEqual([{ generation: '5G', families: [[1, 10]] }]);
    expect(merged?.families).toBe(57);
    expect([merged?.declaredFrom, merged?.declaredTo]).toEqual(['2019-01-01', '2025-02-01']);
  });

  it('returns a single set as it is, and nothing without one', () => {
    expect(mergeDeclarationAggregates([isld])).toBe(isld);
    expect(mergeDeclarationAggregates([])).toBeUndefined();
  });
});
