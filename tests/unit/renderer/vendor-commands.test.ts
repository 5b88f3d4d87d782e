import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { licenceSchema, riskSchema, type Vendor, type VendorInput } from '@shared/domain';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { saveDependency } from '@renderer/data/dependencies';
import { saveRecord } from '@renderer/data/records';
import { saveSettings } from '@renderer/data/settings';
import { deleteVendor, saveVendor } from '@renderer/data/vendors';
import { ownershipChain } from '@renderer/features/vendors/ownershipChain';
import { buildVendorRows, filterVendorRows } from '@renderer/features/vendors/vendorRows';
import { storedVendor } from '../fixtures/records';
import { noVendorFilters } from '@renderer/features/vendors/useVendorFilters';
import { refusalOf } from './refusal-of';

const vendorInput = (name: string, extra: Partial<VendorInput> = {}): VendorInput => ({
  name,
  hqCountry: 'FI',
  ...extra,
});

const dependencyInput = (name: string, vendorId: string) => ({
  name,
  vendorId,
  kind: 'hardware' as const,
  domain: 'ran' as const,
  criticality: 4,
  substitutability: 'hard' as const,
});

/** Everything in the database, to compare before and after a refused command. */
const snapshot = async () => {
  const db = workspace();
  return {
    vendors: await db.vendors.toArray(),
    dependencies: await db.dependencies.toArray(),
    licences: await db.licences.toArray(),
    risks: await db.risks.toArray(),
    auditLog: await db.auditLog.toArray(),
  };
};

beforeEach(async () => {
  await openWorkspace(new WorkbenchDatabase('vendor-commands', { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  await workspace().auditLog.clear();
});

afterEach(() => closeWorkspace());

describe('saveVendor', () => {
  it('writes the vendor and a create event naming the author, then an update event with only what changed', async () => {
    const created = await saveVendor(
      vendorInput('Nordic Radio', {
        sovereignty: { c1a: 1, c1b: null, c1c: null, c1d: null, c2: null, c3: null },
      }),
    );
    const db = workspace();
    expect(await db.vendors.get(created.id)).toMatchObject({
      name: 'Nordic Radio',
      hqCountry: 'FI',
      ownership: 'unknown',
      sovereignty: { c1a: 1, c2: null },
    });
    let events = await db.auditLog.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      table: 'vendors',
      recordId: created.id,
      action: 'create',
      actor: 'Ines Moreau',
    });
    expect(events[0]?.changes?.name).toEqual([null, 'Nordic Radio']);

    await saveVendor({ ...created, sovereignty: { ...created.sovereignty, c1a: 3 } });
    events = await db.auditLog.toArray();
    expect(events).toHaveLength(2);
    const update = events.find((event) => event.action === 'update');
    expect(Object.keys(update?.changes ?? {})).toEqual(['sovereignty']);
    expect((await db.vendors.get(created.id))?.sovereignty.c1a).toBe(3);
  });

  it('refuses an invalid LEI and writes nothing', async () => {
    await expect(saveVendor(vendorInput('Bad LEI', { lei: '529900T8BM49AURSDO56' }))).rejects.toThrow(
      /validation\.lei/,
    );
    expect(await workspace().vendors.count()).toBe(0);
    expect(await workspace().auditLog.count()).toBe(0);
  });
});

describe('deleteVendor', () => {
  /** A vendor referenced from every direction, and a second vendor to take its place. */
  const seed = async () => {
    const target = await saveVendor(vendorInput('Target Networks'));
    const other = await saveVendor(vendorInput('Other Systems'));
    const subsidiary = await saveVendor(vendorInput('Target Subsidiary', { parentVendorId: target.id }));
    const radio = await saveDependency(dependencyInput('Radio units', target.id));
    const core = await saveDependency(dependencyInput('Packet core', target.id));
    const untouched = await saveDependency(dependencyInput('Transport', other.id));
    const licence = await saveRecord('licences', licenceSchema, {
      title: 'Radio software licence',
      type: 'commercial',
      vendorId: target.id,
      dependencyIds: [radio.id],
    });
    const risk = await saveRecord('risks', riskSchema, {
      title: 'Single RAN vendor',
      category: 'concentration',
      vendorIds: [target.id, other.id],
      likelihood: 3,
      impact: 4,
    });
    await workspace().auditLog.clear();
    return { target, other, subsidiary, radio, core, untouched, licence, risk };
  };

  it('refuses to delete a vendor that dependencies still use without a vendor to move them to, and writes nothing', async () => {
    const { target } = await seed();
    const before = await snapshot();
    expect(await refusalOf(deleteVendor(target.id))).toMatchObject({
      key: 'vendors.refused.reassignRequired',
      params: { name: target.name, count: 2 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a vendor to move to that does not exist, or the vendor itself, and writes nothing', async () => {
    const { target } = await seed();
    const before = await snapshot();
    expect((await refusalOf(deleteVendor(target.id, crypto.randomUUID()))).key).toBe(
      'vendors.refused.reassignTargetGone',
    );
    expect((await refusalOf(deleteVendor(target.id, target.id))).key).toBe(
      'vendors.refused.reassignToItself',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('moves dependencies, licences and risks, unlinks subsidiaries, and records one event per touched record', async () => {
    const { target, other, subsidiary, radio, core, untouched, licence, risk } = await seed();
    await deleteVendor(target.id, other.id);
    const db = workspace();

    expect(await db.vendors.get(target.id)).toBeUndefined();
    expect((await db.dependencies.get(radio.id))?.vendorId).toBe(other.id);
    expect((await db.dependencies.get(core.id))?.vendorId).toBe(other.id);
    expect(await db.dependencies.get(untouched.id)).toEqual(untouched);
    expect((await db.licences.get(licence.id))?.vendorId).toBe(other.id);
    expect((await db.vendors.get(subsidiary.id))?.parentVendorId).toBeUndefined();
    // The risk named both vendors: the deleted one goes, the target is not listed twice.
    expect((await db.risks.get(risk.id))?.vendorIds).toEqual([other.id]);

    const events = await db.auditLog.toArray();
    const touched = events.map((event) => `${event.table}:${event.action}:${event.recordId}`).sort();
    expect(touched).toEqual(
      [
        `dependencies:update:${radio.id}`,
        `dependencies:update:${core.id}`,
        `licences:update:${licence.id}`,
        `vendors:update:${subsidiary.id}`,
        `risks:update:${risk.id}`,
        `vendors:delete:${target.id}`,
      ].sort(),
    );
    expect(events.every((event) => event.actor === 'Ines Moreau')).toBe(true);
    const moved = events.find((event) => event.recordId === radio.id);
    expect(moved?.changes?.vendorId).toEqual([target.id, other.id]);
    const deleted = events.find((event) => event.action === 'delete');
    expect(deleted?.changes?.name).toEqual(['Target Networks', null]);
  });

  it('without dependencies, deletes with no vendor to move to: licences and risks lose the link', async () => {
    const target = await saveVendor(vendorInput('Licensor'));
    const other = await saveVendor(vendorInput('Other'));
    const licence = await saveRecord('licences', licenceSchema, {
      title: 'Patent pool',
      type: 'patent-sep',
      vendorId: target.id,
    });
    const risk = await saveRecord('risks', riskSchema, {
      title: 'Royalty exposure',
      category: 'legal-ip',
      vendorIds: [target.id, other.id],
      likelihood: 2,
      impact: 3,
    });
    await workspace().auditLog.clear();

    await deleteVendor(target.id);
    const db = workspace();
    expect(await db.vendors.count()).toBe(1);
    expect((await db.licences.get(licence.id))?.vendorId).toBeUndefined();
    expect((await db.risks.get(risk.id))?.vendorIds).toEqual([other.id]);
    expect(await db.auditLog.count()).toBe(3);
  });
});

describe('vendor list filtering', () => {
  const vendors = [
    storedVendor('Société Générale de Radio', { tags: ['ran'], notes: 'Antennas' }),
    storedVendor('ZTE', {
      hqCountry: 'CN',
      ownership: 'state-influenced',
      listings: [{ list: 'fcc-covered', since: '2021-03-12' }],
    }),
    storedVendor('Nokia', {
      hqCountry: 'FI',
      ownership: 'listed',
      legalName: 'Nokia Oyj',
      sovereignty: { c1a: 0, c1b: 1, c1c: null, c1d: null, c2: null, c3: null },
      tags: ['ran', 'core'],
    }),
  ];
  const rows = buildVendorRows(vendors);
  const names = (filters: Partial<typeof noVendorFilters>) =>
    filterVendorRows(rows, { ...noVendorFilters, ...filters }).map((row) => row.vendor.name);

  it('searches names, legal names, tags and notes without regard to case or accents', () => {
    expect(names({ search: 'societe' })).toEqual(['Société Générale de Radio']);
    expect(names({ search: 'OYJ' })).toEqual(['Nokia']);
    expect(names({ search: 'antennas radio' })).toEqual(['Société Générale de Radio']);
    expect(names({ search: 'core' })).toEqual(['Nokia']);
    expect(names({ search: 'nothing like it' })).toEqual([]);
  });

  it('combines filters with "and", and the values within one filter with "or"', () => {
    expect(names({ countries: ['CN', 'FI'] })).toEqual(['ZTE', 'Nokia']);
    expect(names({ countries: ['CN', 'FI'], tags: ['ran'] })).toEqual(['Nokia']);
    expect(names({ listings: ['fcc-covered'] })).toEqual(['ZTE']);
    expect(names({ ownership: ['listed', 'private'] })).toEqual(['Société Générale de Radio', 'Nokia']);
  });

  it('filters on the computed sovereignty level, listings and unrated included', () => {
    expect(names({ levels: ['high'] })).toEqual(['ZTE']);
    expect(names({ levels: ['unrated'] })).toEqual(['Société Générale de Radio']);
    expect(names({ levels: ['low'] })).toEqual(['Nokia']);
  });

  it('filters by role: a vendor that both supplies and holds patents is in each, and alone under "both"', () => {
    const roleRows = buildVendorRows([
      storedVendor('Radio supplier'),
      storedVendor('Licensing house', { roles: ['patent-holder'], aliases: ['Licensing House LLC'] }),
      storedVendor('Handset maker', { roles: ['supplier', 'patent-holder'] }),
    ]);
    const byRole = (role: typeof noVendorFilters.role) =>
      filterVendorRows(roleRows, { ...noVendorFilters, role }).map((row) => row.vendor.name);
    expect(byRole('all')).toEqual(['Radio supplier', 'Licensing house', 'Handset maker']);
    expect(byRole('supplier')).toEqual(['Radio supplier', 'Handset maker']);
    expect(byRole('patent-holder')).toEqual(['Licensing house', 'Handset maker']);
    expect(byRole('both')).toEqual(['Handset maker']);
    // A declaring company's spelling, kept as an alias, finds its vendor.
    expect(
      filterVendorRows(roleRows, { ...noVendorFilters, search: 'llc' }).map((row) => row.vendor.name),
    ).toEqual(['Licensing house']);
  });
});

describe('ownershipChain', () => {
  const vendor = (id: string, parentVendorId?: string) =>
    ({ id, name: id.toUpperCase(), parentVendorId }) as Vendor;

  it('walks up to the top of the group', () => {
    const all = [vendor('a', 'b'), vendor('b', 'c'), vendor('c')];
    const byId = new Map(all.map((row) => [row.id, row]));
    const chain = ownershipChain(all[0] as Vendor, byId);
    expect(chain.ancestors.map((row) => row.id)).toEqual(['b', 'c']);
    expect(chain.repeated).toBeUndefined();
  });

  it('stops where the parent links loop and says which vendor repeats', () => {
    const all = [vendor('a', 'b'), vendor('b', 'c'), vendor('c', 'b')];
    const byId = new Map(all.map((row) => [row.id, row]));
    const chain = ownershipChain(all[0] as Vendor, byId);
    expect(chain.ancestors.map((row) => row.id)).toEqual(['b', 'c']);
    expect(chain.repeated?.id).toBe('b');
  });

  it('reports a parent that is not in the workspace', () => {
    const chain = ownershipChain(vendor('a', 'gone'), new Map());
    expect(chain).toEqual({ ancestors: [], missingParentId: 'gone' });
  });
});
