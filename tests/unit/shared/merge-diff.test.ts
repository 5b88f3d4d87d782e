import { describe, expect, it } from 'vitest';
import type { Assessment } from '@shared/domain';
import { fieldDifferences, mergeRecordNames } from '@shared/workspace/merge-diff';
import { planMerge } from '@shared/workspace/merge-plan';
import { storedDependency, storedVendor } from '../fixtures/records';
import { emptyRecords } from './workspace-fixture';

describe('fieldDifferences', () => {
  it('lists the fields that differ, in the record’s order, down to the criterion that changed', () => {
    const mine = storedVendor('Nordic Radio');
    const theirs = {
      ...mine,
      updatedAt: '2030-01-01T00:00:00.000Z',
      ownership: 'state-owned' as const,
      sovereignty: { ...mine.sovereignty, c1a: 3 },
      tags: ['ran', 'core'],
      notes: 'Changed there',
    };
    expect(fieldDifferences(mine, theirs)).toEqual([
      { path: ['ownership'], current: mine.ownership, incoming: 'state-owned' },
      { path: ['sovereignty', 'c1a'], current: null, incoming: 3 },
      { path: ['tags'], current: mine.tags, incoming: ['ran', 'core'] },
      { path: ['notes'], current: mine.notes, incoming: 'Changed there' },
    ]);
  });

  it('finds nothing to choose when only the time of saving differs, or a field is absent on one side and empty on the other', () => {
    const mine = { ...storedVendor('Nordic Radio'), notes: '', tags: [] };
    const { notes: _notes, ...withoutNotes } = mine;
    expect(fieldDifferences(mine, { ...mine, updatedAt: '2030-01-01T00:00:00.000Z' })).toEqual([]);
    expect(fieldDifferences(mine, { ...withoutNotes, notes: undefined } as never)).toEqual([]);
  });

  it('shows a field only theirs has beside the field it follows in their record, not last', () => {
    const mine = storedVendor('Nordic Radio');
    const { id, createdAt, updatedAt, name, hqCountry, ...others } = mine;
    const parentVendorId = crypto.randomUUID();
    // As the app writes a vendor: the parent company between the country and the ownership.
    const theirs = { id, createdAt, updatedAt, name, hqCountry, parentVendorId, ...others, notes: 'Bought' };
    expect(fieldDifferences(mine, theirs).map((difference) => difference.path)).toEqual([
      ['parentVendorId'],
      ['notes'],
    ]);
    const reordered = fieldDifferences(mine, { ...theirs, name: 'Nordic Radio AB' });
    expect(reordered.map((difference) => difference.path[0])).toEqual(['name', 'parentVendorId', 'notes']);
  });

  it('names a field one side added or removed, and one answer’s comment rather than the whole answers', () => {
    const base: Assessment = {
      id: crypto.randomUUID(),
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
      checklistId: crypto.randomUUID(),
      checklistVersion: '1',
      subject: { type: 'vendor', id: crypto.randomUUID() },
      status: 'draft',
      answers: {
        a: { value: 'yes', evidenceIds: [] },
        b: { value: 'no', comment: 'Before', evidenceIds: [] },
      },
      revision: 1,
    };
    const theirs: Assessment = {
      ...base,
      conclusion: 'warning',
      answers: { ...base.answers, b: { value: 'no', comment: 'After', evidenceIds: [] } },
    };
    expect(fieldDifferences(base, theirs)).toEqual([
      { path: ['answers', 'b', 'comment'], current: 'Before', incoming: 'After' },
      { path: ['conclusion'], current: undefined, incoming: 'warning' },
    ]);
  });
});

describe('mergeRecordNames', () => {
  it('names the records of both workspaces, so a changed link reads as the vendor it points to', () => {
    const here = storedVendor('Only Here');
    const there = storedVendor('Only There');
    const dependency = storedDependency('RAN', here.id);
    const plan = planMerge(
      { ...emptyRecords(), vendors: [here], dependencies: [dependency] },
      { ...emptyRecords(), vendors: [there], dependencies: [{ ...dependency, vendorId: there.id }] },
    );
    const names = mergeRecordNames(plan);
    expect(names.get(here.id)).toBe('Only Here');
    expect(names.get(there.id)).toBe('Only There');
    expect(names.get(dependency.id)).toBe('RAN');
  });
});
