import { describe, expect, it } from 'vitest';
import { essentialityRateInputSchema, withEssentialityRate } from '@shared/domain/standards';

describe('essentiality assumptions per party', () => {
  const assumptions = { essentialityRates: { VA: 40, 'holder:gamma': 30 }, shareThreshold: 25 };

  it('sets one party’s rate and keeps the others and the threshold', () => {
    expect(withEssentialityRate(assumptions, 'holder:gamma', 10)).toEqual({
      essentialityRates: { VA: 40, 'holder:gamma': 10 },
      shareThreshold: 25,
    });
    expect(withEssentialityRate(assumptions, 'VB', 0).essentialityRates).toEqual({
      VA: 40,
      'holder:gamma': 30,
      VB: 0,
    });
  });

  it('removes the rate when cleared, so the party’s families count in full again', () => {
    expect(withEssentialityRate(assumptions, 'VA', undefined)).toEqual({
      essentialityRates: { 'holder:gamma': 30 },
      shareThreshold: 25,
    });
  });

  it('takes 0 to 100 %, an empty field as no assumption, and refuses the rest on the field', () => {
    expect(essentialityRateInputSchema.parse({ rate: '' })).toEqual({});
    expect(essentialityRateInputSchema.parse({ rate: 0 })).toEqual({ rate: 0 });
    expect(essentialityRateInputSchema.parse({ rate: 100 })).toEqual({ rate: 100 });
    for (const rate of [-1, 100.5])
      expect(essentialityRateInputSchema.safeParse({ rate }).error?.issues[0]).toMatchObject({
        path: ['rate'],
        message: 'validation.percent',
      });
  });
});
