import { describe, expect, it } from 'vitest';
import { shortLabel } from '@shared/checklists/short-label';

describe('shortLabel', () => {
  it('keeps a short question whole, without its question mark', () => {
    expect(shortLabel('Is the ownership chain traced?')).toBe('Is the ownership chain traced');
  });

  it('cuts a long question at the last whole word within 80 characters, with an ellipsis', () => {
    const question =
      'Has the vendor declared in writing any ownership, funding, board seats or special rights held by a government or state body?';
    const label = shortLabel(question);
    expect(label).toBe('Has the vendor declared in writing any ownership, funding, board seats or…');
    expect(label.length).toBeLessThanOrEqual(80);
  });

  it('cuts a run without spaces at the limit rather than returning it whole', () => {
    expect(shortLabel('x'.repeat(120))).toBe(`${'x'.repeat(79)}…`);
  });
});
