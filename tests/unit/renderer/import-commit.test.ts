import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { commitImport, previewImport as planRead } from '@renderer/data/import';
import { readRecordEvents } from '@renderer/data/audit-trail';
import { readImportFile, type ImportEntity } from '@shared/import';
import { saveSettings } from '@renderer/data/settings';
import { deleteDependency, saveDependency } from '@renderer/data/dependencies';
import { saveLicence } from '@renderer/data/licences';
import { deleteVendor, saveVendor } from '@renderer/data/vendors';
import { refusalOf } from './refusal-of';

const csv = (...lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\r\n'));

/** The preview as the import screen builds it: the file read (in the worker there), then planned. */
const previewImport = async (entity: ImportEntity, bytes: Uint8Array) =>
  planRead(entity, await readImportFile(bytes));

const snapshot = async () => {
  const db = workspace();
  return {
    vendors: await db.vendors.toArray(),
    dependencies: await db.dependencies.toArray(),
    licences: await db.licences.toArray(),
    auditLog: await db.auditLog.toArray(),
  };
};

const vendorFile = csv(
  'name,hqCountry,parentVendor,ownership,c1a,tags',
  'Nordic Radio,FI,Nordic Group,listed,1,ran; 5g',
  'Nordic Group,fi,,listed,,',
);

beforeEach(async () => {
  await openWorkspace(new WorkbenchDatabase('import-commit', { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  await workspace().auditLog.clear();
});

afterEach(() => closeWorkspace());

describe('importing vendors', () => {
  it('writes nothing at preview, then every record with a create event, links within the file resolved', async () => {
    const plan = await previewImport('vendors', vendorFile);
    expect(await snapshot()).toEqual({ vendors: [], dependencies: [], licences: [], auditLog: [] });

    expect(await commitImport(plan, { fileName: 'file.csv' })).toEqual({ count: 2, created: 2, updated: 0 });
    const { vendors, auditLog } = await snapshot();
    const radio = vendors.find((vendor) => vendor.name === 'Nordic Radio');
    const group = vendors.find((vendor) => vendor.name === 'Nordic Group');
    expect(radio).toMatchObject({ parentVendorId: group?.id, ownership: 'listed', tags: ['ran', '5g'] });
    expect(radio?.sovereignty).toMatchObject({ c1a: 1, c1b: null });
    expect(group).toMatchObject({ hqCountry: 'FI', tags: [] });
    // One event for the import, naming the file and listing each record with what it was created with.
    expect(auditLog).toHaveLength(1);
    expect(auditLog[0]).toMatchObject({ action: 'import', table: 'vendors', recordId: 'file.csv' });
    expect(auditLog[0]?.actor).toBe('Ines Moreau');
    expect(auditLog[0]?.records).toEqual(
      expect.arrayContaining([
        {
          table: 'vendors',
          recordId: radio?.id,
          action: 'create',
          changes: expect.objectContaining({
            name: [null, 'Nordic Radio'],
            parentVendorId: [null, group?.id],
          }) as unknown,
        },
        {
          table: 'vendors',
          recordId: group?.id,
          action: 'create',
          changes: expect.objectContaining({
            name: [null, 'Nordic Group'],
            hqCountry: [null, 'FI'],
          }) as unknown,
        },
      ]),
    );
    expect(auditLog[0]?.records).toHaveLength(2);
  });

  it("shows the import in each record's own history, with what it set", async () => {
    const radio = await saveVendor({ name: 'Nordic Radio', hqCountry: 'SE' });
    await commitImport(await previewImport('vendors', vendorFile), { fileName: 'vendors.csv' });
    const group = (await workspace().vendors.toArray()).find((vendor) => vendor.name === 'Nordic Group');

    const radioTrail = await readRecordEvents(workspace(), [{ table: 'vendors', id: radio.id }]);
    expect(radioTrail.map((event) => event.action)).toEqual(['create', 'update']);
    const [created, imported] = radioTrail;
    expect(created?.partOf).toBeUndefined();
    expect(imported).toMatchObject({
      table: 'vendors',
      recordId: radio.id,
      actor: 'Ines Moreau',
      partOf: { table: 'vendors', source: 'vendors.csv', count: 2 },
    });
    expect(imported?.changes).toEqual({
      hqCountry: ['SE', 'FI'],
      parentVendorId: [null, group?.id],
      ownership: ['unknown', 'listed'],
      sovereignty: [expect.objectContaining({ c1a: null }), expect.objectContaining({ c1a: 1 })],
      tags: [[], ['ran', '5g']],
    });

    const groupTrail = await readRecordEvents(workspace(), [{ table: 'vendors', id: group?.id ?? '' }]);
    expect(groupTrail).toHaveLength(1);
    expect(groupTrail[0]).toMatchObject({ action: 'create', recordId: group?.id, partOf: { count: 2 } });
    expect(groupTrail[0]?.changes).toMatchObject({ name: [null, 'Nordic Group'], hqCountry: [null, 'FI'] });
    // The other record's changes are not part of this record's history.
    expect(groupTrail[0]?.changes?.parentVendorId).toBeUndefined();
  });

  it('updates rather than duplicates when the same file, then a changed one, is imported again', async () => {
    await commitImport(await previewImport('vendors', vendorFile), { fileName: 'vendors.csv' });
    const first = await snapshot();

    const again = await previewImport('vendors', vendorFile);
    expect(again).toMatchObject({ created: 0, updated: 2, problems: [] });
    await commitImport(again, { fileName: 'vendors.csv' });
    // Nothing changed, so nothing is rewritten and the audit trail stays as it was.
    expect(await snapshot()).toEqual(first);

    const changed = await previewImport('vendors', csv('name,hqCountry,c1b', 'NORDIC RADIO,FI,3'));
    await commitImport(changed, { fileName: 'changed.csv' });
    const { vendors, auditLog } = await snapshot();
    expect(vendors).toHaveLength(2);
    const radio = vendors.find((vendor) => vendor.name === 'NORDIC RADIO');
    // Columns absent from the second file keep their values.
    expect(radio).toMatchObject({ tags: ['ran', '5g'], sovereignty: { c1a: 1, c1b: 3 } });
    const update = auditLog.find((event) => event.recordId === 'changed.csv')?.records;
    expect(update).toHaveLength(1);
    expect(update?.[0]?.action).toBe('update');
    expect(update?.[0]?.changes).toEqual({
      name: ['Nordic Radio', 'NORDIC RADIO'],
      sovereignty: [expect.objectContaining({ c1b: null }), expect.objectContaining({ c1b: 3 })],
    });
  });

  it('writes nothing when a vendor the file links to was deleted after the preview', async () => {
    const group = await saveVendor({ name: 'Nordic Group', hqCountry: 'FI' });
    const plan = await previewImport(
      'vendors',
      csv('name,hqCountry,parentVendor', 'Nordic Radio,FI,Nordic Group'),
    );
    expect(plan.problems).toEqual([]);
    await deleteVendor(group.id);
    const before = await snapshot();

    expect((await refusalOf(commitImport(plan, { fileName: 'file.csv' }))).key).toBe(
      'importer.commit.linkGone',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when a record the file updates was deleted after the preview', async () => {
    const radio = await saveVendor({ name: 'Nordic Radio', hqCountry: 'FI' });
    const plan = await previewImport('vendors', csv('name,hqCountry', 'New Vendor,DE', 'Nordic Radio,SE'));
    await deleteVendor(radio.id);
    const before = await snapshot();

    expect((await refusalOf(commitImport(plan, { fileName: 'file.csv' }))).key).toBe(
      'importer.commit.recordGone',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('writes a large file in chunks, reporting the records written, and a cancel midway keeps nothing', async () => {
    await saveVendor({ name: 'Existing Vendor', hqCountry: 'FR' });
    const rows = Array.from({ length: 1_200 }, (_, index) => `Vendor ${index + 1},DE`);
    const plan = await previewImport('vendors', csv('name,hqCountry', ...rows));
    const before = await snapshot();

    const controller = new AbortController();
    const reported: Array<[number, number]> = [];
    const cancelled = commitImport(plan, {
      fileName: 'large.csv',
      signal: controller.signal,
      onWritten: (done, total) => {
        reported.push([done, total]);
        controller.abort();
      },
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(reported).toEqual([[500, 1_200]]);
    expect(await snapshot()).toEqual(before);

    reported.length = 0;
    await commitImport(plan, {
      fileName: 'large.csv',
      onWritten: (done, total) => reported.push([done, total]),
    });
    expect(reported).toEqual([
      [500, 1_200],
      [1_000, 1_200],
      [1_200, 1_200],
    ]);
    expect(await workspace().vendors.count()).toBe(1_201);
    // One event for the whole import, listing all 1,200 records.
    const events = await workspace().auditLog.toArray();
    expect(events).toHaveLength(before.auditLog.length + 1);
    const bulk = events.find((event) => event.action === 'import');
    expect(bulk?.records?.map((record) => record.recordId).sort()).toEqual(
      (await workspace().vendors.toArray())
        .filter((vendor) => vendor.name !== 'Existing Vendor')
        .map((vendor) => vendor.id)
        .sort(),
    );
    expect(bulk?.records?.every((record) => record.action === 'create' && record.changes?.name)).toBe(true);
  });

  it('refuses to write a preview that still has problems', async () => {
    const plan = await previewImport('vendors', csv('name,hqCountry', 'Good,FR', 'Bad,XX'));
    expect(plan.records).toHaveLength(1);
    await expect(commitImport(plan, { fileName: 'file.csv' })).rejects.toThrow();
    expect(await workspace().vendors.count()).toBe(0);
  });
});

describe('importing dependencies', () => {
  it('links them to existing vendors and to upstream dependencies in the same file', async () => {
    const vendor = await saveVendor({ name: 'Nordic Radio', hqCountry: 'FI' });
    const plan = await previewImport(
      'dependencies',
      csv(
        'name,vendor,kind,domain,criticality,substitutability,upstream,vendorRemoteAccess',
        'RAN,nordic radio,hardware,ran,5,hard,Packet core,yes',
        'Packet core,Nordic Radio,software,core,4,moderate,,no',
      ),
    );
    expect(plan.problems).toEqual([]);
    await commitImport(plan, { fileName: 'file.csv' });
    const { dependencies, auditLog } = await snapshot();
    const core = dependencies.find((dependency) => dependency.name === 'Packet core');
    expect(dependencies.find((dependency) => dependency.name === 'RAN')).toMatchObject({
      vendorId: vendor.id,
      upstreamIds: [core?.id],
      vendorRemoteAccess: true,
    });
    expect(auditLog.filter((event) => event.table === 'dependencies')).toHaveLength(1);
    expect(auditLog.find((event) => event.table === 'dependencies')?.records).toHaveLength(2);
  });
});

describe('importing licences', () => {
  const linkedWorkspace = async () => {
    const vendor = await saveVendor({ name: 'Nordic Radio', hqCountry: 'FI' });
    const dependency = await saveDependency({
      name: 'RAN',
      vendorId: vendor.id,
      kind: 'software',
      domain: 'ran',
      criticality: 5,
      substitutability: 'hard',
    });
    return { vendor, dependency };
  };

  it('writes every licence with its links and a create or update event, in one go', async () => {
    const { vendor, dependency } = await linkedWorkspace();
    const existing = await saveLicence({ title: 'Core licence', type: 'saas', noticeDays: 30 });
    await workspace().auditLog.clear();
    const plan = await previewImport(
      'licences',
      csv(
        'title,type,vendor,dependencies,spdxExpression,autoRenew,auditRights,noticeDays',
        'RAN licence,open-source,Nordic Radio,ran,MIT OR Apache-2.0,yes,partial,',
        'core licence,saas,,,,no,yes,60',
      ),
    );
    expect(plan).toMatchObject({ problems: [], created: 1, updated: 1 });
    expect(await commitImport(plan, { fileName: 'file.csv' })).toEqual({ count: 2, created: 1, updated: 1 });

    const { licences, auditLog } = await snapshot();
    expect(licences.find((licence) => licence.title === 'RAN licence')).toMatchObject({
      vendorId: vendor.id,
      dependencyIds: [dependency.id],
      spdxExpression: 'MIT OR Apache-2.0',
      autoRenew: true,
      clauses: { auditRights: 'partial', stepIn: 'unknown' },
    });
    expect(licences.find((licence) => licence.id === existing.id)).toMatchObject({
      title: 'core licence',
      noticeDays: 60,
      clauses: { auditRights: 'yes' },
    });
    expect(auditLog.map((event) => [event.table, event.action])).toEqual([['licences', 'import']]);
    expect(auditLog[0]?.records?.map((record) => [record.recordId, record.action]).sort()).toEqual(
      [
        [licences.find((licence) => licence.title === 'RAN licence')?.id, 'create'],
        [existing.id, 'update'],
      ].sort(),
    );
  });

  it('writes nothing when a dependency the file links to was deleted after the preview', async () => {
    const { dependency } = await linkedWorkspace();
    const plan = await previewImport(
      'licences',
      csv('title,type,dependencies', 'First licence,commercial,', 'RAN licence,commercial,RAN'),
    );
    expect(plan.problems).toEqual([]);
    await deleteDependency(dependency.id);
    const before = await snapshot();

    expect((await refusalOf(commitImport(plan, { fileName: 'file.csv' }))).key).toBe(
      'importer.commit.linkGone',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('cannot write a file with a bad row, and writes nothing of its good rows', async () => {
    const plan = await previewImport(
      'licences',
      csv('title,type,sourceEscrow', 'Good licence,commercial,yes', 'Bad licence,commercial,perhaps'),
    );
    expect(plan.problems).toHaveLength(1);
    await expect(commitImport(plan, { fileName: 'file.csv' })).rejects.toThrow();
    expect(await workspace().licences.count()).toBe(0);
  });
});
