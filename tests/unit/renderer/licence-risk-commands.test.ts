import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { saveDependency } from '@renderer/data/dependencies';
import { deleteLicence, saveLicence } from '@renderer/data/licences';
import { deleteRisk, saveRisk } from '@renderer/data/risks';
import { saveSettings } from '@renderer/data/settings';
import { saveVendor } from '@renderer/data/vendors';
import { refusalOf } from './refusal-of';

let vendorId: string;
let dependencyId: string;

const events = async () =>
  (await workspace().auditLog.toArray())
    .map((event) => `${event.table}:${event.action}:${event.actor}`)
    .sort();

beforeEach(async () => {
  await openWorkspace(
    new WorkbenchDatabase('licence-risk-commands', { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  vendorId = (await saveVendor({ name: 'Core Systems', hqCountry: 'SE' })).id;
  dependencyId = (
    await saveDependency({
      name: 'Packet core',
      vendorId,
      kind: 'software',
      domain: 'core',
      criticality: 5,
      substitutability: 'hard',
    })
  ).id;
  await workspace().auditLog.clear();
});

afterEach(() => closeWorkspace());

describe('saveLicence', () => {
  it('writes a licence linked to its vendor and dependencies, audited', async () => {
    const licence = await saveLicence({
      title: 'Core support contract',
      type: 'commercial',
      vendorId,
      dependencyIds: [dependencyId, dependencyId],
      endDate: '2027-12-31',
      noticeDays: 90,
      autoRenew: true,
    });
    expect(await workspace().licences.get(licence.id)).toMatchObject({
      title: 'Core support contract',
      dependencyIds: [dependencyId],
      clauses: { sanctionsExit: 'unknown' },
    });
    expect(await events()).toEqual(['licences:create:Ines Moreau']);
  });

  it('refuses a licence whose vendor or dependency no longer exists, and writes nothing', async () => {
    expect(
      await refusalOf(
        saveLicence({ title: 'Orphan', type: 'saas', vendorId: crypto.randomUUID(), autoRenew: false }),
      ),
    ).toMatchObject({ key: 'common.refused.linkedVendorsGone', params: { count: 1 } });
    expect(
      await refusalOf(
        saveLicence({
          title: 'Orphan',
          type: 'saas',
          dependencyIds: [crypto.randomUUID()],
          autoRenew: false,
        }),
      ),
    ).toMatchObject({ key: 'common.refused.linkedDependenciesGone', params: { count: 1 } });
    expect(await workspace().licences.count()).toBe(0);
    expect(await events()).toEqual([]);
  });
});

describe('deleteLicence', () => {
  it('removes the licence from the risks citing it, in the same audited transaction', async () => {
    const licence = await saveLicence({ title: 'RAN SEP licence', type: 'patent-sep', autoRenew: false });
    const risk = await saveRisk({
      title: 'No exit on sanctions',
      category: 'licence',
      licenceIds: [licence.id],
      likelihood: 3,
      impact: 4,
    });
    await workspace().auditLog.clear();

    await deleteLicence(licence.id);

    expect(await workspace().licences.get(licence.id)).toBeUndefined();
    expect((await workspace().risks.get(risk.id))?.licenceIds).toEqual([]);
    expect(await events()).toEqual(['licences:delete:Ines Moreau', 'risks:update:Ines Moreau']);
  });
});

describe('saveRisk and deleteRisk', () => {
  it('writes a risk linked to vendor, dependency and licence, and deletes it with an audit event', async () => {
    const risk = await saveRisk({
      title: 'Single core vendor',
      category: 'concentration',
      vendorIds: [vendorId],
      dependencyIds: [dependencyId],
      likelihood: 4,
      impact: 5,
      actions: [{ id: crypto.randomUUID(), title: 'Qualify a second vendor', status: 'todo' }],
    });
    expect(await workspace().risks.get(risk.id)).toMatchObject({ status: 'open', treatment: 'mitigate' });
    await deleteRisk(risk.id);
    expect(await workspace().risks.count()).toBe(0);
    expect(await events()).toEqual(['risks:create:Ines Moreau', 'risks:delete:Ines Moreau']);
  });

  it('refuses links to licences that no longer exist', async () => {
    expect(
      await refusalOf(
        saveRisk({
          title: 'Dangling',
          category: 'other',
          licenceIds: [crypto.randomUUID()],
          likelihood: 1,
          impact: 1,
        }),
      ),
    ).toMatchObject({ key: 'common.refused.linkedLicencesGone', params: { count: 1 } });
    expect(await workspace().risks.count()).toBe(0);
  });
});
