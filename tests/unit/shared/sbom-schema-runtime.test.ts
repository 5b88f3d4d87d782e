import { describe, expect, it } from 'vitest';
import { schemaFormats } from '@shared/sbom/schema-formats';
import { duplicateItem, equal, ucs2length } from '@shared/sbom/schema-runtime';

const dateTime = (value: string) => schemaFormats['date-time']?.(value);

describe('the formats the CycloneDX schemas use', () => {
  it.each([
    '2024-05-01T12:00:00Z',
    '2024-05-01t12:00:00.123456z',
    '2022-01-17T08:30:00+01:00',
    '2024-02-29T00:00:00-05:30',
    '2016-12-31T23:59:60Z',
  ])('accepts the RFC 3339 date and time %s', (value) => {
    expect(dateTime(value)).toBe(true);
  });

  it.each([
    ['without its time zone', '2024-05-01T12:00:00'],
    ['a date alone', '2024-05-01'],
    ['a day the month does not have', '2023-02-29T00:00:00Z'],
    ['hour 24', '2024-05-01T24:00:00Z'],
    ['a month 13', '2024-13-01T00:00:00Z'],
    ['text after it', '2024-05-01T12:00:00Z and more'],
  ])('refuses a date and time %s', (_, value) => {
    expect(dateTime(value)).toBe(false);
  });

  it('checks an e-mail by its shape and a URI by its scheme, and takes any IRI reference', () => {
    expect(schemaFormats['idn-email']?.('sécurité@opérateur.example')).toBe(true);
    expect(schemaFormats['idn-email']?.('no address')).toBe(false);
    expect(schemaFormats.uri?.('urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79')).toBe(true);
    expect(schemaFormats.uri?.('/relative/path')).toBe(false);
    expect(schemaFormats['iri-reference']?.('../docs/licence.txt')).toBe(true);
  });

  it('takes linear time on long hostile text', () => {
    const hostile = `${'1'.repeat(1_000_000)}@`;
    const started = performance.now();
    for (const check of Object.values(schemaFormats)) check(hostile);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the run-time helpers of the generated validators', () => {
  it('counts a character outside the Basic Multilingual Plane once', () => {
    expect(ucs2length('réseau 📡')).toBe(8);
  });

  it('finds the first repeated item whatever the order of its keys', () => {
    expect(duplicateItem([{ a: 1, b: [1, 2] }, { a: 2 }, { b: [1, 2], a: 1 }])).toBe(2);
    expect(duplicateItem([{ a: 1 }, { a: '1' }, [1], ['1'], null, 'null'])).toBe(-1);
  });

  it('compares JSON values deeply', () => {
    expect(equal({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(equal({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(equal([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});
