import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessmentSchema, type Checklist } from '@shared/domain';
import { builtInChecklists } from '@shared/checklists';
import {
  parseChecklistFile,
  checklistFileJson,
  type ChecklistFileEntry,
} from '@shared/checklists/checklist-file';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import {
  checklistUsage,
  deleteChecklist,
  duplicateChecklist,
  importChecklists,
  saveChecklist,
} from '@renderer/data/checklist-commands';
import { saveRecord } from '@renderer/data/records';
import { saveSettings } from '@renderer/data/settings';
import { refusalOf } from './refusal-of';

const licenceIp = builtInChecklists.find((checklist) => checklist.name === 'Licence and IP due diligence')!;

const assess = (checklist: Checklist) =>
  saveRecord('assessments', assessmentSchema, {
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    subject: { type: checklist.subjectType, id: crypto.randomUUID() },
  });

const snapshot = async () => ({
  checklists: await workspace().checklists.toArray(),
  auditLog: await workspace().auditLog.toArray(),
});

const fileEntries = (checklists: Checklist[]): ChecklistFileEntry[] => {
  const result = parseChecklistFile(checklistFileJson(checklists));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.checklists;
};

beforeEach(async () => {
  await openWorkspace(
    new WorkbenchDatabase('checklist-commands', { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  await workspace().auditLog.clear();
});

afterEach(() => closeWorkspace());

describe('duplicateChecklist', () => {
  it('makes an own copy of a built-in under a new id, version and items kept, with a create event', async () => {
    const copy = await duplicateChecklist(licenceIp.id, 'Licence and IP due diligence (copy)', 'en');
    expect(copy.id).not.toBe(licenceIp.id);
    expect(copy).toMatchObject({
      name: 'Licence and IP due diligence (copy)',
      version: licenceIp.version,
      builtIn: false,
    });
    expect(copy.sections).toEqual(licenceIp.sections);
    expect(await workspace().checklists.count()).toBe(1);
    expect(await workspace().auditLog.toArray()).toMatchObject([
      { table: 'checklists', recordId: copy.id, action: 'create', actor: 'Ines Moreau' },
    ]);
  });

  it('copies a built-in in the language it is read in, ids and references kept, so the copy is in the user’s words', async () => {
    const copy = await duplicateChecklist(licenceIp.id, 'Nos licences', 'fr');
    const [firstSection] = copy.sections;
    expect(firstSection?.title).toBe('Brevets essentiels à une norme (SEP) et conditions FRAND');
    expect(firstSection?.items[0]).toMatchObject({
      id: licenceIp.sections[0]!.items[0]!.id,
      reference: 'DW-LIC-01',
      text: 'La licence précise-t-elle les familles de brevets et les normes (et leurs versions) qu’elle couvre ?',
    });
    expect(await workspace().checklists.get(copy.id)).toMatchObject({ name: 'Nos licences', builtIn: false });
  });
});

describe('saveChecklist', () => {
  it('saves an edit of an own checklist with an update event holding what changed', async () => {
    const copy = await duplicateChecklist(licenceIp.id, 'Mine', 'en');
    const sections = structuredClone(copy.sections);
    sections[0]!.items[0]!.text = 'Does the licence list the patent families it covers?';
    const saved = await saveChecklist({ ...copy, sections });
    expect(saved.sections[0]!.items[0]!.text).toBe('Does the licence list the patent families it covers?');
    const update = (await workspace().auditLog.toArray()).find((event) => event.action === 'update');
    expect(Object.keys(update?.changes ?? {})).toEqual(['sections']);
  });

  it('refuses to write a built-in checklist', async () => {
    expect((await refusalOf(saveChecklist({ ...licenceIp, name: 'Changed' }))).key).toBe(
      'checklists.refused.builtIn',
    );
    expect(await snapshot()).toEqual({ checklists: [], auditLog: [] });
  });

  it('requires a new version once assessments use the checklist, then accepts one', async () => {
    const copy = await duplicateChecklist(licenceIp.id, 'Mine', 'en');
    await assess(copy);
    const before = await snapshot();
    const refused = await refusalOf(saveChecklist({ ...copy, name: 'Mine, reworded' }));
    expect(refused).toMatchObject({
      key: 'checklists.refused.versionInUse',
      params: { count: 1, version: copy.version },
    });
    expect(await snapshot()).toEqual(before);
    const saved = await saveChecklist({ ...copy, name: 'Mine, reworded', version: '2026.2' });
    expect(saved).toMatchObject({ name: 'Mine, reworded', version: '2026.2' });
  });
});

describe('deleteChecklist', () => {
  it('is refused while an assessment uses the checklist, and deletes with an event once none does', async () => {
    const copy = await duplicateChecklist(licenceIp.id, 'Mine', 'en');
    const assessment = await assess(copy);
    expect(await checklistUsage(copy.id)).toBe(1);
    const refused = await refusalOf(deleteChecklist(copy.id));
    expect(refused).toMatchObject({ key: 'checklists.refused.inUse', params: { count: 1 } });
    expect(await workspace().checklists.get(copy.id)).toBeDefined();

    await workspace().assessments.delete(assessment.id);
    await deleteChecklist(copy.id);
    expect(await workspace().checklists.get(copy.id)).toBeUndefined();
    const events = await workspace().auditLog.toArray();
    expect(events.filter((event) => event.recordId === copy.id && event.action === 'delete')).toHaveLength(1);
  });

  it('refuses to delete a built-in', async () => {
    expect((await refusalOf(deleteChecklist(licenceIp.id))).key).toBe('checklists.refused.builtIn');
  });
});

describe('importChecklists', () => {
  it('adds new checklists and replaces an own one, each with its audit event', async () => {
    const existing = await duplicateChecklist(licenceIp.id, 'Mine', 'en');
    const replacement = { ...existing, name: 'Mine, from the file', source: undefined };
    const added = { ...existing, id: crypto.randomUUID(), name: 'Another' };
    await workspace().auditLog.clear();

    expect(await importChecklists(fileEntries([replacement, added]))).toEqual({ added: 1, replaced: 1 });
    const stored = await workspace().checklists.get(existing.id);
    expect(stored).toMatchObject({ name: 'Mine, from the file', createdAt: existing.createdAt });
    expect(stored?.source).toBeUndefined();
    expect(await workspace().checklists.get(added.id)).toMatchObject({ name: 'Another', builtIn: false });
    const events = (await workspace().auditLog.toArray()).map((event) => [event.recordId, event.action]);
    expect(events).toHaveLength(2);
    expect(events).toEqual(
      expect.arrayContaining([
        [existing.id, 'update'],
        [added.id, 'create'],
      ]),
    );
  });

  it('writes nothing when one checklist would change the version assessments answered', async () => {
    const used = await duplicateChecklist(licenceIp.id, 'Used', 'en');
    await assess(used);
    const before = await snapshot();
    const newOne = { ...used, id: crypto.randomUUID(), name: 'New' };
    const refused = await refusalOf(
      importChecklists(fileEntries([newOne, { ...used, name: 'Used, changed' }])),
    );
    expect(refused).toMatchObject({
      key: 'checklists.refused.importVersionInUse',
      params: { name: 'Used, changed', version: used.version, count: 1 },
    });
    expect(await snapshot()).toEqual(before);

    const newVersion = { ...used, name: 'Used, changed', version: '2027.1' };
    expect(await importChecklists(fileEntries([newVersion]))).toEqual({ added: 0, replaced: 1 });
  });
});
