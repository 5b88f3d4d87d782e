import { describe, expect, it } from 'vitest';
import { isValidLei, leiSchema } from '@shared/domain';

describe('isValidLei', () => {
  it.each([
    ['HWUPKR0MPOU8FGXBT394'], // Apple Inc.
    ['5493001KJTIIGC8Y1R12'],
    ['529900T8BM49AURSDO55'],
    ['7LTWFZYICNSX8D621K86'],
    ['213800WAVVOPS85N2205'],
  ])('accepts the registered LEI %s', (lei) => {
    expect(isValidLei(lei)).toBe(true);
  });

  it('rejects every other pair of check digits for the same base', () => {
    const base = 'HWUPKR0MPOU8FGXBT3';
    const valid = Array.from({ length: 100 }, (_, n) => `${base}${String(n).padStart(2, '0')}`).filter(
      isValidLei,
    );
    expect(valid).toEqual(['HWUPKR0MPOU8FGXBT394']);
  });

  it('rejects a single changed character in the base', () => {
    expect(isValidLei('HWUPKR0MPOU8FGXBT494')).toBe(false);
    expect(isValidLei('5493001KJTIIGC8Y1R21')).toBe(false);
  });

  it.each([
    ['too short', 'HWUPKR0MPOU8FGXBT39'],
    ['too long', 'HWUPKR0MPOU8FGXBT3940'],
    ['lower case', 'hwupkr0mpou8fgxbt394'],
    ['letters in the check digits', 'HWUPKR0MPOU8FGXBT3A4'],
    ['a space', 'HWUPKR0MPOU8 GXBT394'],
    ['empty', ''],
  ])('rejects %s', (_case, lei) => {
    expect(isValidLei(lei)).toBe(false);
  });
});

describe('leiSchema', () => {
  it('normalises case and surrounding spaces before checking', () => {
    expect(leiSchema.parse('  hwupkr0mpou8fgxbt394 ')).toBe('HWUPKR0MPOU8FGXBT394');
  });

  it('reports a failed checksum with the lei message key', () => {
    const result = leiSchema.safeParse('HWUPKR0MPOU8FGXBT395');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.lei']);
  });
});
