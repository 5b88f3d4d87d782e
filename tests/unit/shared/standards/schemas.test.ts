import { describe, expect, it } from 'vitest';
import {
  declarationSetSchema,
  royaltyRateInputSchema,
  vendorAliasesSchema,
  vendorRolesSchema,
} from '@shared/domain/standards';

const messages = (result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('vendor roles and aliases', () => {
  it('keeps each role once in a fixed order, defaults to supplier and needs one', () => {
    expect(vendorRolesSchema.parse(['patent-holder', 'supplier', 'patent-holder'])).toEqual([
      'supplier',
      'patent-holder',
    ]);
    expect(vendorRolesSchema.parse(undefined)).toEqual(['supplier']);
    expect(messages(vendorRolesSchema.safeParse([]))).toEqual([['', 'validation.required']]);
    expect(messages(vendorRolesSchema.safeParse(['buyer']))).toEqual([['0', 'validation.choice']]);
  });

  it('drops an alias that names the same company once normalised', () => {
    expect(
      vendorAliasesSchema.parse(['Huawei Technologies Co., Ltd.', 'HUAWEI TECHNOLOGIES CO LTD', 'Futurewei']),
    ).toEqual(['Huawei Technologies Co., Ltd.', 'Futurewei']);
  });
});

describe('royalty rates', () => {
  const rate = {
    holderId: '7d1f9a1e-4a52-4f0e-9a57-0a1c8f3b2d11',
    basis: 'per-unit',
    value: 2.5,
    currency: 'usd',
    source: 'Rate card 2024',
  };

  it('reads a rate per unit or in percent, currency upper-cased', () => {
    expect(royaltyRateInputSchema.parse(rate)).toEqual({ ...rate, currency: 'USD' });
    expect(
      royaltyRateInputSchema.parse({ ...rate, basis: 'percent', value: 3.25, currency: '' }),
    ).toMatchObject({ value: 3.25 });
  });

  it('refuses a negative value, a percentage above 100 and a rate without its source', () => {
    expect(messages(royaltyRateInputSchema.safeParse({ ...rate, value: -1 }))).toEqual([
      ['value', 'validation.nonNegative'],
    ]);
    expect(messages(royaltyRateInputSchema.safeParse({ ...rate, basis: 'percent', value: 101 }))).toEqual([
      ['value', 'validation.percent'],
    ]);
    expect(messages(royaltyRateInputSchema.safeParse({ ...rate, source: ' ' }))).toEqual([
      ['source', 'validation.required'],
    ]);
  });
});

describe('declaration sets', () => {
  const set = {
    id: '0b0c7c1e-2f7d-4f43-8f1a-6d2f4a9b7c10',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    source: 'etsi-isld',
    fileName: 'ISLD-export.csv',
    sha256: 'A'.repeat(64),
    importedAt: '2026-11-20T10:00:00.000Z',
    rowCount: 3,
    aggregates: {
      families: 2,
      holders: [{ key: 'acme', name: 'ACME Corp', spellings: [], families: 2 }],
      standards: [{ number: 'TS 38.331', families: [[0, 2]] }],
      generations: [{ generation: '5G', families: [[0, 2]] }],
    },
  };

  it('accepts a set whose entries point at its holders', () => {
    expect(declarationSetSchema.parse(set).sha256).toBe('a'.repeat(64));
  });

  it('refuses an entry pointing past the holders, as a hostile workspace file could', () => {
    const broken = {
      ...set,
      aggregates: { ...set.aggregates, standards: [{ number: 'TS 38.331', families: [[1, 2]] }] },
    };
    expect(messages(declarationSetSchema.safeParse(broken))).toEqual([
      ['aggregates.standards.0.families.0.0', 'validation.outOfRange'],
    ]);
  });
});
