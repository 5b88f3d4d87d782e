import { describe, expect, it } from 'vitest';
import { vendorDeclaredFamilies } from '@shared/domain/standards';

describe("a vendor's declared families per standard", () => {
  it('sums the declaring companies matched to the vendor, per standard, most families first', () => {
    const holder = (key: string) => ({ key, name: key, spellings: [], families: 0 });
    const aggregates = {
      families: 20,
      holders: [holder('alpha'), holder('alpha ab'), holder('gamma')],
      standards: [
        { number: 'TS 36.331', families: [[0, 2] as [number, number], [2, 5] as [number, number]] },
        { number: 'TS 38.331', families: [[0, 3] as [number, number], [1, 4] as [number, number]] },
        { number: 'TS 38.300', families: [[2, 6] as [number, number]] },
      ],
      generations: [],
    };
    // Holders 0 and 1 are vendor V: 38.331 = 3 + 4 = 7, 36.331 = 2; 38.300 is Gamma's only.
    expect(vendorDeclaredFamilies(aggregates, ['V', 'V', undefined], 'V')).toEqual([
      { standard: 'TS 38.331', families: 7 },
      { standard: 'TS 36.331', families: 2 },
    ]);
    expect(vendorDeclaredFamilies(aggregates, ['V', 'V', undefined], 'W')).toEqual([]);
  });
});
