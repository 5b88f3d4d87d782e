import { describe, expect, it } from 'vitest';
import { evidenceValidity, maxEvidenceBytes, sha256Hex } from '@shared/domain';

describe('evidenceValidity', () => {
  it('flags evidence from 30 days before its validity date, and as expired the day after it', () => {
    const today = '2026-11-25';
    expect(evidenceValidity({}, today)).toBe('undated');
    expect(evidenceValidity({ validUntil: '2026-12-26' }, today)).toBe('valid');
    expect(evidenceValidity({ validUntil: '2026-12-25' }, today)).toBe('expiring');
    expect(evidenceValidity({ validUntil: '2026-11-25' }, today)).toBe('expiring');
    expect(evidenceValidity({ validUntil: '2026-11-24' }, today)).toBe('expired');
  });

  it('counts the leap day: 30 January to 1 March is 30 days in 2027 but 31 in 2028', () => {
    expect(evidenceValidity({ validUntil: '2027-03-01' }, '2027-01-30')).toBe('expiring');
    expect(evidenceValidity({ validUntil: '2028-03-01' }, '2028-01-30')).toBe('valid');
    expect(evidenceValidity({ validUntil: '2028-03-01' }, '2028-01-31')).toBe('expiring');
  });
});

describe('evidence files', () => {
  it('hashes bytes with SHA-256 as lower-case hex (known test vectors)', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('accepts at most 25 MB', () => {
    expect(maxEvidenceBytes).toBe(26_214_400);
  });
});
