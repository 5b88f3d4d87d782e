import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  countryCodes,
  countryCodeSchema,
  dateSchema,
  idSchema,
  isCountryCode,
  isIsoDate,
  isoDateTimeSchema,
  optional,
  optionalText,
  percentSchema,
  recordMetaSchema,
  tagsSchema,
} from '@shared/domain';

const messages = (result: { error?: z.ZodError }): string[] =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('countryCodes', () => {
  it('holds the 249 officially assigned ISO 3166-1 alpha-2 codes, each once', () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    expect(countryCodes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it('is sorted so the list is easy to audit against the standard', () => {
    expect([...countryCodes].sort()).toEqual(countryCodes);
  });

  it('contains only codes the platform can name', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const unnamed = countryCodes.filter((code) => names.of(code) === code);
    expect(unnamed).toEqual([]);
  });

  it('includes territories and recent codes, but not user-assigned or withdrawn ones', () => {
    for (const code of ['AX', 'BQ', 'CW', 'SS', 'SX', 'AQ', 'FR', 'CN', 'US', 'GB'])
      expect(isCountryCode(code)).toBe(true);
    for (const code of ['XK', 'UK', 'EU', 'AN', 'CS', 'ZZ', 'fr']) expect(isCountryCode(code)).toBe(false);
  });
});

describe('countryCodeSchema', () => {
  it('upper-cases and trims before checking', () => {
    expect(countryCodeSchema.parse(' fr ')).toBe('FR');
  });

  it('refuses unknown codes with the country message', () => {
    expect(messages(countryCodeSchema.safeParse('UK'))).toEqual(['validation.country']);
    expect(messages(countryCodeSchema.safeParse(''))).toEqual(['validation.country']);
    expect(messages(countryCodeSchema.safeParse(33))).toEqual(['validation.country']);
  });
});

describe('dates', () => {
  it.each(['2024-02-29', '2025-12-31', '2000-02-29', '1999-01-01'])('accepts the real date %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
    expect(dateSchema.parse(date)).toBe(date);
  });

  it.each([
    '2025-02-29',
    '2025-02-30',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-1-1',
    '01/02/2025',
    '2025-01-01T00:00:00Z',
  ])('refuses %s', (date) => {
    expect(isIsoDate(date)).toBe(false);
    expect(messages(dateSchema.safeParse(date))).toEqual(['validation.date']);
  });

  it('accepts ISO date-times with Z or an offset, and refuses dates without a time', () => {
    expect(isoDateTimeSchema.safeParse('2025-03-01T09:30:00.000Z').success).toBe(true);
    expect(isoDateTimeSchema.safeParse('2025-03-01T09:30:00+01:00').success).toBe(true);
    expect(messages(isoDateTimeSchema.safeParse('2025-03-01'))).toEqual(['validation.dateTime']);
  });
});

describe('percentSchema', () => {
  it('accepts the bounds and refuses values outside them', () => {
    expect(percentSchema.parse(0)).toBe(0);
    expect(percentSchema.parse(100)).toBe(100);
    expect(percentSchema.parse(12.5)).toBe(12.5);
    expect(messages(percentSchema.safeParse(100.1))).toEqual(['validation.percent']);
    expect(messages(percentSchema.safeParse(-1))).toEqual(['validation.percent']);
    expect(messages(percentSchema.safeParse(Number.NaN))).toEqual(['validation.percent']);
  });
});

describe('tagsSchema', () => {
  it('trims and drops duplicates, keeping first-seen order', () => {
    expect(tagsSchema.parse([' ran ', 'core', 'ran'])).toEqual(['ran', 'core']);
  });

  it('refuses empty and over-long tags at their index', () => {
    const result = tagsSchema.safeParse(['ok', '  ', 'x'.repeat(51)]);
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: [1], message: 'validation.required' },
      { path: [2], message: 'validation.tagTooLong' },
    ]);
  });
});

describe('optional fields', () => {
  const schema = z.object({ country: optional(countryCodeSchema), note: optionalText(10) });

  it('treats an empty form value like an absent one', () => {
    expect(schema.parse({ country: '', note: '   ' })).toEqual({ country: undefined, note: undefined });
    expect(schema.parse({})).toEqual({});
  });

  it('still validates a value that is given, with the inner message', () => {
    const result = schema.safeParse({ country: 'XX', note: 'far too long text' });
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['country'], message: 'validation.country' },
      { path: ['note'], message: 'validation.tooLong' },
    ]);
  });
});

describe('recordMetaSchema', () => {
  it('requires a UUID and two ISO timestamps', () => {
    const meta = {
      id: crypto.randomUUID(),
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-02T00:00:00Z',
    };
    expect(recordMetaSchema.parse(meta)).toEqual(meta);
    expect(messages(idSchema.safeParse('not-a-uuid'))).toEqual(['validation.uuid']);
  });
});
