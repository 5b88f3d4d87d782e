import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vendorSchema, type Vendor } from '@shared/domain';
import { WorkbenchDatabase } from '@renderer/db/database';
import { diffRecords } from '@renderer/data/audit';
import { audited } from '@renderer/data/audited';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { deleteDependency, saveDependency } from '@renderer/data/dependencies';
import { assertAllExist } from '@renderer/data/existing';
import { putRecords } from '@renderer/data/records';
import { saveSettings } from '@renderer/data/settings';
import { storedDependency, storedVendor } from '../fixtures/records';

const stored = async () => ({
  vendors: await workspace().vendors.toArray(),
  dependencies: await workspace().dependencies.toArray(),
  auditLog: await workspace().auditLog.toArray(),
});

beforeEach(async () => {
  await openWorkspace(new WorkbenchDatabase('audited', { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  await workspace().auditLog.clear();
});

afterEach(() => closeWorkspace());

describe('audited', () => {
  it("commits a command's change together with its event, by the user named in Settings", async () => {
    const vendor = storedVendor('Nordic Radio');
    const result = await audited(['vendors'], async (tx) => {
      await tx.db.vendors.add(vendor);
      tx.record({
        table: 'vendors',
        recordId: vendor.id,
        action: 'create',
        changes: diffRecords(undefined, vendor),
      });
      // Recorded events are written when the command ends, not before.
      return tx.db.auditLog.count();
    });

    expect(result).toBe(0);
    const { vendors, auditLog } = await stored();
    expect(vendors).toEqual([vendor]);
    expect(auditLog).toHaveLength(1);
    expect(auditLog[0]).toMatchObject({
      table: 'vendors',
      recordId: vendor.id,
      action: 'create',
      actor: 'Ines Moreau',
      changes: { name: [null, 'Nordic Radio'] },
    });
  });

  it('records an event under another name when the command says whose it is', async () => {
    await audited([], (tx) =>
      Promise.resolve(tx.record({ table: 'settings', recordId: 'profile', action: 'update' }, 'system')),
    );
    expect((await workspace().auditLog.toArray()).map((event) => event.actor)).toEqual(['system']);
  });

  it('rolls back the change and its event when a link check inside the command refuses', async () => {
    const vendor = storedVendor('Core Systems');
    await workspace().vendors.add(vendor);
    const before = await stored();

    await expect(
      audited(['vendors', 'dependencies'], async (tx) => {
        await putRecords<Vendor>(tx, 'vendors', vendorSchema, [
          { id: vendor.id, notes: 'Preferred supplier' },
        ]);
        await assertAllExist(
          tx.db.dependencies,
          ['deleted-meanwhile'],
          'common.refused.linkedDependenciesGone',
        );
      }),
    ).rejects.toMatchObject({ key: 'common.refused.linkedDependenciesGone', params: { count: 1 } });

    expect(await stored()).toEqual(before);
  });

  it('refuses a dependency whose upstream was deleted after the form opened, writing neither record nor event', async () => {
    const vendor = storedVendor('Core Systems');
    const upstream = storedDependency('Baseband', vendor.id);
    await workspace().vendors.add(vendor);
    await workspace().dependencies.add(upstream);
    await deleteDependency(upstream.id);
    const before = await stored();

    await expect(
      saveDependency({
        name: 'Radio unit',
        vendorId: vendor.id,
        kind: 'hardware',
        domain: 'ran',
        criticality: 4,
        substitutability: 'hard',
        upstreamIds: [upstream.id],
      }),
    ).rejects.toMatchObject({ key: 'common.refused.upstreamGone', params: { count: 1 } });

    expect(await stored()).toEqual(before);
  });

  it('writes one event per record of a batch, each with what changed in that record', async () => {
    const vendors = [storedVendor('Alpha'), storedVendor('Beta'), storedVendor('Gamma')] as const;
    const [, , gamma] = vendors;
    await workspace().vendors.bulkAdd([...vendors]);

    await audited(['vendors'], async (tx) => {
      await tx.db.vendors.bulkPut(
        vendors.map((vendor) =>
          tx.update('vendors', vendor, { ...vendor, notes: `Reviewed ${vendor.name}` }),
        ),
      );
      await tx.db.vendors.delete(gamma.id);
      tx.remove('vendors', gamma);
    });

    const events = (await workspace().auditLog.toArray()).map(({ recordId, action, actor, changes }) => ({
      recordId,
      action,
      actor,
      changes,
    }));
    expect(events).toHaveLength(4);
    expect(events).toEqual(
      expect.arrayContaining([
        ...vendors.map((vendor) => ({
          recordId: vendor.id,
          action: 'update',
          actor: 'Ines Moreau',
          changes: { notes: ['', `Reviewed ${vendor.name}`] },
        })),
        expect.objectContaining({ recordId: gamma.id, action: 'delete', actor: 'Ines Moreau' }),
      ]),
    );
    expect((await workspace().vendors.toArray()).map((vendor) => vendor.notes).sort()).toEqual([
      'Reviewed Alpha',
      'Reviewed Beta',
    ]);
  });

  it('audits only the records of a batch that changed', async () => {
    const [alpha, beta] = [storedVendor('Alpha'), storedVendor('Beta')];
    await workspace().vendors.bulkAdd([alpha, beta]);

    await audited(['vendors'], (tx) =>
      putRecords<Vendor>(tx, 'vendors', vendorSchema, [
        { id: alpha.id, notes: 'Second source' },
        { id: beta.id, notes: '' },
        { name: 'Gamma', hqCountry: 'DE' },
      ]),
    );

    const events = await workspace().auditLog.toArray();
    expect(events.map((event) => event.action).sort()).toEqual(['create', 'update']);
    expect(events.find((event) => event.action === 'update')).toMatchObject({
      recordId: alpha.id,
      changes: { notes: ['', 'Second source'] },
    });
  });
});
