import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInStandardEntries } from '@shared/domain/standards';
import type { Translate } from '@shared/import';
import { WorkbenchDatabase } from '@renderer/db/database';
import { eventSubject, type AuditNames } from '@renderer/data/audit-names';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import {
  deleteStandardEntry,
  restoreBuiltInStandards,
  saveStandardEntry,
  STANDARDS_REFERENCE_KEY,
} from '@renderer/data/standards-reference';
import { makeAuditWording } from '@renderer/features/activity/auditWording';
import { en } from '@renderer/i18n/en';

const storedList = async () =>
  (
    (await workspace().settings.get(STANDARDS_REFERENCE_KEY as 'profile')) as unknown as
      { entries: { id: string; number: string; title: string; generation: string }[] } | undefined
  )?.entries;

const events = async () =>
  (await workspace().auditLog.toArray()).filter((event) => event.recordId === STANDARDS_REFERENCE_KEY);

const wordedLines = async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  const words = makeAuditWording({
    t: i18n.t.bind(i18n) as unknown as Translate,
    formatDate: (date) => date,
    formatDateTime: (at) => at,
    formatNumber: String,
    numbers: { integer: String, percent: String, bytes: String },
    countryName: (code) => code,
  });
  const names: AuditNames = { record: () => undefined, item: () => undefined };
  return (await events()).map((event) => ({
    record: words.recordName(eventSubject(event), names),
    lines: words.changes(event, names).lines.map(({ line }) => line),
  }));
};

beforeEach(async () => {
  await openWorkspace(
    new WorkbenchDatabase('standards-reference', { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
});
afterEach(() => closeWorkspace());

describe('the reference list of standards', () => {
  it('is the built-in list, unstored, until the first edit', async () => {
    expect(await storedList()).toBeUndefined();
    expect(await restoreBuiltInStandards()).toBe(0);
    expect(await storedList()).toBeUndefined();
    expect(await events()).toEqual([]);
  });

  it('stores edits, additions and deletions, each audited with the entries it changed', async () => {
    await saveStandardEntry({
      id: 'TS 38.331',
      number: 'TS 38.331',
      title: 'RRC, ours',
      generation: '5G',
      domain: 'ran',
    });
    const added = await saveStandardEntry({
      number: '3gpp ts 38.300-1',
      title: 'Our own',
      generation: '5G',
      domain: 'core',
    });
    await deleteStandardEntry('TS 23.501');

    const list = await storedList();
    expect(list).toHaveLength(builtInStandardEntries.length);
    expect(list?.find((entry) => entry.id === 'TS 38.331')?.title).toBe('RRC, ours');
    expect(list?.at(-1)).toMatchObject({ id: added.id, number: 'TS 38.300-1' });
    expect(list?.some((entry) => entry.id === 'TS 23.501')).toBe(false);
    // One event per command (their order in the log is by id, so compared sorted).
    const worded = await wordedLines();
    expect(worded.map(({ record }) => record)).toEqual(Array(3).fill('Reference list of standards'));
    expect(worded.flatMap(({ lines }) => lines).sort()).toEqual([
      'Standards of the reference list › TS 23.501: 5G system architecture · 5G · Core network → (empty)',
      'Standards of the reference list › TS 38.300-1: (empty) → Our own · 5G · Core network',
      'Standards of the reference list › TS 38.331 › Title: NR radio resource control (RRC) → RRC, ours',
    ]);
  });

  it('refuses a number listed already, in any spelling, and an empty title, writing nothing', async () => {
    await expect(
      saveStandardEntry({ number: 'ETSI TS 138 331', title: 'Again', generation: '5G', domain: 'ran' }),
    ).rejects.toThrow('validation.duplicateStandard');
    await expect(
      saveStandardEntry({ number: 'TS 99.999', title: ' ', generation: '5G', domain: 'ran' }),
    ).rejects.toThrow('validation.required');
    expect(await storedList()).toBeUndefined();
    expect(await events()).toEqual([]);
  });

  it('restores the deleted built-ins, edited ones keeping their edits', async () => {
    await saveStandardEntry({
      id: 'TS 38.331',
      number: 'TS 38.331',
      title: 'RRC, ours',
      generation: '5G',
      domain: 'ran',
    });
    await deleteStandardEntry('TS 23.501');
    await deleteStandardEntry('TS 24.501');

    expect(await restoreBuiltInStandards()).toBe(2);
    const list = await storedList();
    expect(list?.map((entry) => entry.id).sort()).toEqual(
      builtInStandardEntries.map((entry) => entry.id).sort(),
    );
    expect(list?.find((entry) => entry.id === 'TS 38.331')?.title).toBe('RRC, ours');
    expect(await restoreBuiltInStandards()).toBe(0);
    expect(await events()).toHaveLength(4);
  });
});
