import { describe, expect, it } from 'vitest';
import { buildExposureIndex, royaltyStack, type RoyaltyRate } from '@shared/domain/standards';
import { index, input } from './exposure-fixture';

const rate = (
  id: string,
  holderId: string,
  basis: RoyaltyRate['basis'],
  value: number,
  updatedAt: string,
  currency?: string,
): RoyaltyRate => ({
  id,
  holderId,
  basis,
  value,
  ...(currency && { currency }),
  source: 'Published rate card',
  createdAt: updatedAt,
  updatedAt,
});

const rates = [
  rate('r1', 'VA', 'per-unit', 1.5, '2024-01-01T00:00:00.000Z', 'USD'),
  rate('r2', 'VA', 'percent', 1.2, '2025-01-01T00:00:00.000Z'), // Alpha's latest rate: this one is used
  rate('r3', 'VB', 'percent', 1, '2025-01-01T00:00:00.000Z'),
  rate('r4', 'VC', 'per-unit', 9, '2025-01-01T00:00:00.000Z', 'USD'), // declared nothing here
];

describe('royalty stack of a device', () => {
  it('sums each party’s rate over the standards it implements — worked example', () => {
    const device = { id: 'D2', standards: ['TS 38.331', '5G'] };
    const stack = royaltyStack(index, device, rates, { amount: 300, currency: 'USD' });
    expect(stack.estimate).toBe(true);
    // Alpha: 1.2 % of 300 = 3.60 USD per unit. Gamma is no vendor, so no rate is recorded for it.
    // Beta is licensed (L1) on every standard it declared on: it counts 0 and is shown apart.
    expect(stack.parts).toEqual([
      {
        partyId: 'VA',
        vendorId: 'VA',
        name: 'Alpha',
        standards: ['TS 38.331', '5G'],
        families: 45, // 40 on TS 38.331 + 5 flagged 5G
        coverage: 'uncovered',
        rate: rates[1],
        amount: 3.6,
        currency: 'USD',
        counted: true,
      },
      {
        partyId: 'VB',
        vendorId: 'VB',
        name: 'Beta',
        standards: ['TS 38.331'],
        families: 20,
        coverage: 'licensed',
        rate: rates[2],
        counted: false,
        reason: 'licensed',
      },
      {
        partyId: 'holder:gamma',
        name: 'Gamma',
        standards: ['TS 38.331', '5G'],
        families: 45,
        coverage: 'uncovered',
        counted: false,
        reason: 'noRate',
      },
    ]);
    expect(stack.totals).toEqual([{ currency: 'USD', amount: 3.6 }]);
  });

  it('cannot take a percentage without a unit price, and still counts a party the supplier indemnifies', () => {
    const stack = royaltyStack(index, { id: 'D1', standards: ['TS 38.331'] }, rates);
    expect(stack.parts[0]).toMatchObject({
      name: 'Alpha',
      coverage: 'supplier',
      counted: false,
      reason: 'noUnitPrice',
    });
    expect(stack.totals).toEqual([]);
  });

  it('keeps currencies apart', () => {
    const both = buildExposureIndex({
      ...input,
      holderVendorIds: ['VA', 'VB', 'VC', 'VA'],
      vendors: [...input.vendors, { id: 'VC', name: 'Gamma Inc', hqCountry: 'US' }],
      licences: [],
    });
    const stack = royaltyStack(both, { id: 'D9', standards: ['TS 38.331'] }, [
      rate('a', 'VA', 'per-unit', 2, '2025-01-01T00:00:00.000Z', 'USD'),
      rate('b', 'VB', 'per-unit', 0.5, '2025-01-01T00:00:00.000Z', 'EUR'),
      rate('c', 'VC', 'per-unit', 1.25, '2025-01-01T00:00:00.000Z', 'USD'),
    ]);
    // USD: 2 + 1.25 = 3.25; EUR: 0.5.
    expect(stack.totals).toEqual([
      { currency: 'USD', amount: 3.25 },
      { currency: 'EUR', amount: 0.5 },
    ]);
  });
});
