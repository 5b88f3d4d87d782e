import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { licenceSchema, riskSchema, type DependencyInput } from '@shared/domain';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { deleteDependency, saveDependency } from '@renderer/data/dependencies';
import { saveRecord } from '@renderer/data/records';
import { saveSettings } from '@renderer/data/settings';
import { saveVendor } from '@renderer/data/vendors';
import { refusalOf } from './refusal-of';

const dependencyInput = (name: string, vendorId: string, extra: Partial<DependencyInput> = {}) => ({
  name,
  vendorId,
  kind: 'software' as const,
  domain: 'core' as const,
  criticality: 5,
  substitutability: 'hard' as const,
  ...extra,
});

/** Everything the dependency commands may touch, to compare before and after a refused command. */
const snapshot = async () => {
  const db = workspace();
  return {
    dependencies: await db.dependencies.toArray(),
    licences: await db.licences.toArray(),
    risks: await db.risks.toArray(),
    auditLog: await db.auditLog.toArray(),
  };
};

let vendorId: string;

beforeEach(async () => {
  await openWorkspace(
    new WorkbenchDatabase('dependency-commands', { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  vendorId = (await saveVendor({ name: 'Core Systems', hqCountry: 'SE' })).id;
  await workspace().auditLog.clear();
});

afterEach(() => closeWorkspace());

describe('saveDependency', () => {
  it('writes the dependency with every field and a create event naming the author', async () => {
    const saved = await saveDependency(
      dependencyInput('Packet core', vendorId, {
        kind: 'patent-licence',
        footprintPct: 60,
        exitMonths: 18,
        vendorRemoteAccess: true,
        dataLocations: ['se', 'FI', 'SE'],
        tags: ['5g', '5g'],
      }),
    );
    expect(await workspace().dependencies.get(saved.id)).toMatchObject({
      name: 'Packet core',
      kind: 'patent-licence',
      footprintPct: 60,
      exitMonths: 18,
      vendorRemoteAccess: true,
      dataLocations: ['SE', 'FI'],
      upstreamIds: [],
      tags: ['5g'],
    });
    const events = await workspace().auditLog.toArray();
    expect(events).toMatchObject([
      { table: 'dependencies', recordId: saved.id, action: 'create', actor: 'Ines Moreau' },
    ]);
  });

  it('refuses a vendor that does not exist and writes nothing', async () => {
    const before = await snapshot();
    expect((await refusalOf(saveDependency(dependencyInput('Orphan', crypto.randomUUID())))).key).toBe(
      'common.refused.vendorGone',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an upstream dependency that does not exist and writes nothing', async () => {
    const before = await snapshot();
    const upstreamIds = [crypto.randomUUID()];
    expect(
      await refusalOf(saveDependency(dependencyInput('Radio', vendorId, { upstreamIds }))),
    ).toMatchObject({
      key: 'common.refused.upstreamGone',
      params: { count: 1 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a dependency that lists itself as upstream and writes nothing', async () => {
    const saved = await saveDependency(dependencyInput('Loop', vendorId));
    const before = await snapshot();
    await expect(saveDependency({ ...saved, upstreamIds: [saved.id] })).rejects.toThrow(
      /validation\.selfDependency/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('allows two dependencies to rely on each other, each update audited', async () => {
    const first = await saveDependency(dependencyInput('Orchestrator', vendorId));
    const second = await saveDependency(dependencyInput('Inventory', vendorId, { upstreamIds: [first.id] }));
    await saveDependency({ ...first, upstreamIds: [second.id] });

    const db = workspace();
    expect((await db.dependencies.get(first.id))?.upstreamIds).toEqual([second.id]);
    expect((await db.dependencies.get(second.id))?.upstreamIds).toEqual([first.id]);
    const update = (await db.auditLog.toArray()).find((event) => event.action === 'update');
    expect(update).toMatchObject({ recordId: first.id, changes: { upstreamIds: [[], [second.id]] } });
  });
});

describe('deleteDependency', () => {
  it('removes it from upstream lists, licences and risks, and records one event per touched record', async () => {
    const target = await saveDependency(dependencyInput('Shared HSM', vendorId));
    const other = await saveDependency(dependencyInput('Billing', vendorId));
    const downstream = await saveDependency(
      dependencyInput('Signing service', vendorId, { upstreamIds: [target.id, other.id] }),
    );
    const untouched = await saveDependency(
      dependencyInput('Mediation', vendorId, { upstreamIds: [other.id] }),
    );
    const licence = await saveRecord('licences', licenceSchema, {
      title: 'HSM support',
      type: 'commercial',
      dependencyIds: [target.id, other.id],
    });
    const risk = await saveRecord('risks', riskSchema, {
      title: 'HSM end of life',
      category: 'supply',
      dependencyIds: [target.id],
      likelihood: 2,
      impact: 5,
    });
    await workspace().auditLog.clear();

    await deleteDependency(target.id);
    const db = workspace();
    expect(await db.dependencies.get(target.id)).toBeUndefined();
    expect((await db.dependencies.get(downstream.id))?.upstreamIds).toEqual([other.id]);
    expect(await db.dependencies.get(untouched.id)).toEqual(untouched);
    expect((await db.licences.get(licence.id))?.dependencyIds).toEqual([other.id]);
    expect((await db.risks.get(risk.id))?.dependencyIds).toEqual([]);

    const events = await db.auditLog.toArray();
    expect(events.map((event) => `${event.table}:${event.action}:${event.recordId}`).sort()).toEqual(
      [
        `dependencies:update:${downstream.id}`,
        `licences:update:${licence.id}`,
        `risks:update:${risk.id}`,
        `dependencies:delete:${target.id}`,
      ].sort(),
    );
    expect(events.find((event) => event.recordId === downstream.id)?.changes?.upstreamIds).toEqual([
      [target.id, other.id],
      [other.id],
    ]);
    expect(events.find((event) => event.action === 'delete')?.changes?.name).toEqual(['Shared HSM', null]);
  });

  it('deletes one side of a cycle and leaves the other relying on nothing', async () => {
    const first = await saveDependency(dependencyInput('A', vendorId));
    const second = await saveDependency(dependencyInput('B', vendorId, { upstreamIds: [first.id] }));
    await saveDependency({ ...first, upstreamIds: [second.id] });

    await deleteDependency(first.id);
    const remaining = await workspace().dependencies.toArray();
    expect(remaining.map((row) => [row.id, row.upstreamIds])).toEqual([[second.id, []]]);
  });
});
