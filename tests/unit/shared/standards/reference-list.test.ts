import { describe, expect, it } from 'vitest';
import { networkDomainValues } from '@shared/domain';
import {
  builtInStandards,
  builtInStandardTitlesFr,
  buildStandardIndex,
  canonicalStandard,
  generationOfStandard,
  licenceCoversStandard,
  licenceStandardEntries,
  standardCovers,
  standardRefSchema,
} from '@shared/domain/standards';

const index = buildStandardIndex(builtInStandards);

describe('the built-in reference list of standards', () => {
  it('holds the main specifications, each once, in canonical spelling and valid as a StandardRef', () => {
    const numbers = builtInStandards.map((standard) => standard.number);
    expect(numbers.length).toBeGreaterThanOrEqual(40);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const standard of builtInStandards) {
      expect(canonicalStandard(standard.number)).toBe(standard.number);
      expect(standardRefSchema.parse(standard)).toEqual(standard);
      expect(networkDomainValues).toContain(standard.domain);
    }
    expect(numbers).toEqual(
      expect.arrayContaining([
        'TS 38.331',
        'TS 38.300',
        'TS 38.211',
        'TS 23.501',
        'TS 33.501',
        'TS 36.331',
        'TS 25.331',
        'TS 44.018',
        'TS 38.401',
      ]),
    );
  });

  it('puts each 3GPP number in the generation of its radio series', () => {
    for (const { number, generation } of builtInStandards) {
      if (number.startsWith('TS 38.')) expect(generation).toBe('5G');
      if (number.startsWith('TS 36.')) expect(generation).toBe('4G');
      if (number.startsWith('TS 25.')) expect(generation).toBe('3G');
      if (/^TS 4\d\./.test(number)) expect(generation).toBe('2G');
    }
  });

  it('has a French title for every number and no other', () => {
    expect(Object.keys(builtInStandardTitlesFr).sort()).toEqual(builtInStandards.map((s) => s.number).sort());
    for (const { number, title } of builtInStandards) expect(builtInStandardTitlesFr[number]).not.toBe(title);
  });

  it('stores an edited entry’s number in canonical spelling', () => {
    expect(
      standardRefSchema.parse({ number: 'etsi ts 138 401', title: 'x', generation: '5G', domain: 'ran' })
        .number,
    ).toBe('TS 38.401');
  });
});

describe('the generation of a standard in use', () => {
  it('comes from the list, else from a single-generation 3GPP series, else from nowhere', () => {
    expect(generationOfStandard('TS 23.501', index)).toBe('5G'); // listed; series 23 spans generations
    expect(generationOfStandard('TS 23.401', index)).toBe('4G');
    expect(generationOfStandard('TS 38.999', index)).toBe('5G'); // not listed, series 38 is NR
    expect(generationOfStandard('TS 45.999', index)).toBe('2G');
    expect(generationOfStandard('TS 23.999', index)).toBeUndefined();
    expect(generationOfStandard('TS 24.229', index)).toBe('other');
    expect(generationOfStandard('LTE Rel-10', index)).toBe('4G');
  });

  it('follows the list the user edited', () => {
    const edited = buildStandardIndex([
      { number: 'TS 23.999', title: 'Ours', generation: '5G', domain: 'core' },
    ]);
    expect(generationOfStandard('TS 23.999', edited)).toBe('5G');
  });
});

describe('what a licence’s standard covers', () => {
  it('covers the same standard whatever its spelling', () => {
    expect(standardCovers('ETSI TS 138 331', 'TS 38.331', index)).toBe(true);
    expect(standardCovers('ts 38.331', '3GPP TS 38.331 V17.0.0', index)).toBe(true);
    expect(standardCovers('TS 38.331', 'TS 38.300', index)).toBe(false);
  });

  it('covers every number of a generation tag’s generation, and only those', () => {
    expect(standardCovers('5G', 'TS 38.331', index)).toBe(true);
    expect(standardCovers('5G NR Rel-16', 'TS 23.501', index)).toBe(true);
    expect(standardCovers('LTE', 'TS 38.331', index)).toBe(false);
    expect(standardCovers('5G', 'TS 24.229', index)).toBe(false); // IMS spans generations
    expect(standardCovers('5G', 'TS 23.999', index)).toBe(false); // nothing says its generation
  });

  it('covers tags of its generation up to its own release', () => {
    expect(standardCovers('5G NR Rel-17', '5G NR Rel-16', index)).toBe(true);
    expect(standardCovers('5G NR Rel-16', '5G NR Rel-17', index)).toBe(false);
    expect(standardCovers('5G', '5G NR Rel-17', index)).toBe(true);
    expect(standardCovers('5G NR Rel-16', '5G', index)).toBe(false); // the use names no release
    expect(standardCovers('Rel-17', 'TS 38.331', index)).toBe(false);
    expect(standardCovers('Rel-17', 'rel 17', index)).toBe(true);
  });

  it('reads a licence field naming several standards', () => {
    expect(licenceStandardEntries('TS 38.331, V17.3.0; LTE\nTS 23.501, TS 23.502')).toEqual([
      'TS 38.331, V17.3.0',
      'LTE',
      'TS 23.501',
      'TS 23.502',
    ]);
    expect(licenceCoversStandard('TS 23.501; LTE', 'TS 36.331', index)).toBe(true);
    expect(licenceCoversStandard(undefined, 'TS 36.331', index)).toBe(false);
  });
});
