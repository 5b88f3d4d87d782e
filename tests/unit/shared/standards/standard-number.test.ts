import { describe, expect, it } from 'vitest';
import {
  canonicalStandard,
  dependencyStandardsSchema,
  normaliseStandardList,
  parseStandard,
  threeGppOfEtsi,
} from '@shared/domain/standards';

describe('ETSI transpositions of 3GPP specifications', () => {
  it('maps ETSI TS 1xx yyy to 3GPP TS xx.yyy for the series ETSI transposes', () => {
    // 3GPP TS 38.331 is published by ETSI as TS 138 331, TS 25.413 as TS 125 413, TS 44.018 as TS 144 018.
    expect(threeGppOfEtsi('ETSI TS 138 331')).toBe('TS 38.331');
    expect(threeGppOfEtsi('TS 125 413')).toBe('TS 25.413');
    expect(threeGppOfEtsi('ETSI TS 144 018')).toBe('TS 44.018');
    expect(threeGppOfEtsi('ETSI TR 138 912')).toBe('TR 38.912');
    expect(threeGppOfEtsi('ETSI TS 121 905')).toBe('TS 21.905');
    expect(threeGppOfEtsi('ETSI TS 155 226')).toBe('TS 55.226');
  });

  it('keeps multi-part numbers and drops the version', () => {
    expect(threeGppOfEtsi('ETSI TS 138 101-1 V17.5.0')).toBe('TS 38.101-1');
    expect(canonicalStandard('ETSI TS 136 213 V15.3.0')).toBe('TS 36.213');
  });

  it('leaves ETSI’s own deliverables and the series it does not transpose as they are', () => {
    expect(threeGppOfEtsi('ETSI TS 103 300-3')).toBeUndefined(); // ETSI ITS, not 3GPP
    expect(threeGppOfEtsi('ETSI TS 100 977')).toBeUndefined(); // GSM 11.11, numbered otherwise
    expect(threeGppOfEtsi('ETSI TS 139 001')).toBeUndefined(); // no 3GPP series 39
    expect(threeGppOfEtsi('ETSI TS 140 001')).toBeUndefined(); // nor 40
    expect(threeGppOfEtsi('ETSI TS 156 001')).toBeUndefined(); // 55 is the last
    expect(threeGppOfEtsi('ETSI EN 138 331')).toBeUndefined(); // only TS and TR are transpositions
    expect(canonicalStandard('etsi  en 303 645')).toBe('ETSI EN 303 645');
    expect(canonicalStandard('ETSI TS 103 300-3 V2.1.1')).toBe('ETSI TS 103 300-3');
    expect(canonicalStandard('gs nfv 002')).toBe('ETSI GS NFV 002');
  });
});

describe('canonical spelling of a standard', () => {
  it('writes 3GPP numbers one way whatever the spacing, case or prefix', () => {
    for (const written of [
      'TS 38.331',
      'ts38.331',
      '3GPP TS 38.331',
      ' 3gpp  ts 38.331 ',
      '38.331',
      'TS 38.331 v17.3.0',
    ])
      expect(canonicalStandard(written)).toBe('TS 38.331');
    expect(canonicalStandard('tr 38.912')).toBe('TR 38.912');
    expect(parseStandard('TS 38.101-2')).toEqual({ kind: 'spec', canonical: 'TS 38.101-2', series: 38 });
  });

  it('reads generation and release tags', () => {
    expect(parseStandard('5G NR Rel-17')).toEqual({
      kind: 'tag',
      canonical: '5G NR Rel-17',
      generation: '5G',
      release: 17,
    });
    expect(parseStandard('5g nr release 17')).toEqual(parseStandard('5G NR Rel-17'));
    expect(parseStandard('lte rel.8')).toEqual({
      kind: 'tag',
      canonical: 'LTE Rel-8',
      generation: '4G',
      release: 8,
    });
    expect(parseStandard('UMTS R99')).toEqual({
      kind: 'tag',
      canonical: 'UMTS Rel-99',
      generation: '3G',
      release: 99,
    });
    expect(parseStandard('gsm')).toEqual({ kind: 'tag', canonical: 'GSM', generation: '2G' });
    expect(parseStandard('Rel-16')).toEqual({ kind: 'tag', canonical: 'Rel-16', release: 16 });
  });

  it('keeps anything else as written, spaces collapsed', () => {
    expect(parseStandard('  IEEE   802.11ax ')).toEqual({ kind: 'text', canonical: 'IEEE 802.11ax' });
    expect(parseStandard('NR17')).toEqual({ kind: 'text', canonical: 'NR17' });
    expect(parseStandard('Wi-Fi Release 2')).toEqual({ kind: 'text', canonical: 'Wi-Fi Release 2' });
  });
});

describe('the standards of a dependency', () => {
  it('stores each standard once, in its canonical spelling, in the order first written', () => {
    expect(
      normaliseStandardList([
        'ts 38.331',
        '5g nr rel-17',
        'ETSI TS 138 331',
        '',
        'TS 38.300',
        '5G NR Rel-17',
      ]),
    ).toEqual(['TS 38.331', '5G NR Rel-17', 'TS 38.300']);
    expect(dependencyStandardsSchema.parse(['3GPP TS 23.501', ' 23.501 '])).toEqual(['TS 23.501']);
    expect(dependencyStandardsSchema.parse(undefined)).toEqual([]);
  });

  it('refuses an empty entry and one too long with the shared validation messages', () => {
    const empty = dependencyStandardsSchema.safeParse(['  ']);
    expect(empty.success ? [] : empty.error.issues.map((issue) => issue.message)).toEqual([
      'validation.required',
    ]);
    const long = dependencyStandardsSchema.safeParse(['x'.repeat(101)]);
    expect(long.success ? [] : long.error.issues.map((issue) => issue.message)).toEqual([
      'validation.tooLong',
    ]);
  });
});
