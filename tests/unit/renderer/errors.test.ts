import { describe, expect, it } from 'vitest';
import { classifyOpenError, isQuotaError } from '@renderer/data/errors';
import { diffRecords } from '@renderer/data/audit';

const named = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });

describe('why the database did not open', () => {
  it.each([
    [named('OpenFailedError', named('VersionError')), 'version'],
    [named('OpenFailedError', named('QuotaExceededError')), 'quota'],
    [named('MissingAPIError'), 'unavailable'],
    [named('DatabaseClosedError'), 'blocked'],
    [new Error('something else'), 'unknown'],
    ['not even an error', 'unknown'],
  ])('%s is explained as %s', (error, expected) => {
    expect(classifyOpenError(error)).toBe(expected);
  });

  it('recognises a full disk wrapped in an aborted transaction', () => {
    expect(isQuotaError(named('AbortError', named('QuotaExceededError')))).toBe(true);
    expect(isQuotaError(named('ConstraintError'))).toBe(false);
  });
});

describe('the audit trail records what changed', () => {
  it('lists changed fields with before and after, ignoring timestamps', () => {
    const before = { name: 'Acme', tags: ['ran'], updatedAt: '2026-01-01T00:00:00Z' };
    const after = { name: 'Acme', tags: ['ran', 'core'], updatedAt: '2026-02-01T00:00:00Z', notes: 'new' };
    expect(diffRecords(before, after)).toEqual({ tags: [['ran'], ['ran', 'core']], notes: [null, 'new'] });
  });

  it('records every field of a created record', () => {
    expect(diffRecords(undefined, { name: 'Acme' })).toEqual({ name: [null, 'Acme'] });
  });
});
