import { describe, expect, it } from 'vitest';
import { previewImportFile, type ExistingWorkspace } from '@shared/import';
import { storedDependency, storedVendor } from '../fixtures/records';
import { csv, messages } from './import-fixtures';

const vendors = (existing: ExistingWorkspace, ...lines: string[]) =>
  previewImportFile('vendors', csv(...lines), existing);
const dependencies = (existing: ExistingWorkspace, ...lines: string[]) =>
  previewImportFile('dependencies', csv(...lines), existing);

describe('matching rows with records already in the workspace', () => {
  const nokia = storedVendor('Nokia', {
    hqCountry: 'FI',
    ownership: 'listed',
    tags: ['ran'],
    sovereignty: { c1a: 0, c1b: 1, c1c: null, c1d: null, c2: 1, c3: null },
  });
  const zte = storedVendor('ZTE', { hqCountry: 'CN' });
  const existing = { vendors: [nokia, zte], dependencies: [], licences: [], risks: [] };

  it('updates by id, else by name whatever its case and spaces, else creates', async () => {
    const plan = await vendors(
      existing,
      'id,name,hqCountry',
      `${zte.id.toUpperCase()},ZTE Corporation,CN`,
      ',  NOKIA ,FI',
      ',Ericsson,SE',
    );
    expect(plan.problems).toEqual([]);
    expect(plan).toMatchObject({ created: 1, updated: 2 });
    expect(plan.records.map(({ id, action, input }) => [id, action, input.name])).toEqual([
      [zte.id, 'update', 'ZTE Corporation'],
      [nokia.id, 'update', 'NOKIA'],
      [expect.any(String), 'create', 'Ericsson'],
    ]);
  });

  it('keeps fields whose columns the file does not have, and ratings it does not rate', async () => {
    const plan = await vendors(existing, 'name,hqCountry,c1c', 'Nokia,FI,2');
    expect(plan.records[0]?.input).toEqual({
      name: 'Nokia',
      hqCountry: 'FI',
      sovereignty: { ...nokia.sovereignty, c1c: 2 },
    });
    expect(plan.records[0]?.input).not.toHaveProperty('tags');
  });

  it('creates a record with the id the file gives when no record has it', async () => {
    const id = crypto.randomUUID();
    const plan = await vendors(existing, 'id,name,hqCountry', `${id},Ericsson,SE`);
    expect(plan.records[0]).toMatchObject({ id, action: 'create' });
  });

  it('refuses repeated names and ids, two rows on one record, a bad id and a name shared in the workspace', async () => {
    const twin = storedVendor('Twin');
    const plan = await vendors(
      { vendors: [nokia, twin, storedVendor('twin')], dependencies: [], licences: [], risks: [] },
      'id,name,hqCountry',
      ',Ericsson,SE',
      ',ericsson,SE',
      `${nokia.id},Nokia Oyj,FI`,
      ',Nokia,FI',
      'not-an-id,Huawei,CN',
      ',Twin,FR',
      `${nokia.id},Other,FI`,
    );
    expect(messages(plan)).toEqual([
      'Row 3, name “ericsson”: Row 2 already has this; each record can appear only once.',
      'Row 5, name “Nokia”: Row 4 already updates the same record (one by its id, the other by its name).',
      'Row 6, id “not-an-id”: This does not refer to a record in the workspace (the identifier is not a valid UUID).',
      'Row 7, name “Twin”: 2 records in the workspace are called this; add their id in the id column to say which one to update.',
      'Row 8, id “' + nokia.id + '”: The same id is already on row 4; each record can appear only once.',
    ]);
  });
});

describe('links between records', () => {
  it('resolves a parent vendor by name or id, in the workspace or anywhere in the file', async () => {
    const group = storedVendor('Nordic Group');
    const plan = await vendors(
      { vendors: [group], dependencies: [], licences: [], risks: [] },
      'name,hqCountry,parentVendor',
      'Nordic Radio,FI,nordic group',
      `Nordic Cloud,FI,${group.id}`,
      'Nordic Labs,FI,Nordic Holding',
      'Nordic Holding,FI,',
    );
    expect(plan.problems).toEqual([]);
    const holding = plan.records.find((record) => record.input.name === 'Nordic Holding');
    expect(plan.records.map((record) => record.input.parentVendorId)).toEqual([
      group.id,
      group.id,
      holding?.id,
      undefined,
    ]);
    expect(plan.linked.vendors).toEqual([group.id]);
  });

  it('reports a link to nothing, an ambiguous link and a record linked to itself', async () => {
    const plan = await vendors(
      { vendors: [storedVendor('Same'), storedVendor('SAME')], dependencies: [], licences: [], risks: [] },
      'name,hqCountry,parentVendor',
      'A,FR,Nobody',
      'B,FR,same',
      'C,FR,C',
    );
    expect(messages(plan)).toEqual([
      'Row 2, parentVendor “Nobody”: No vendor has this name or id, in the file or in the workspace.',
      'Row 3, parentVendor “same”: 2 vendors have this name; give the parent vendor’s id instead.',
      'Row 4, parentVendor “C”: A vendor cannot be its own parent company.',
    ]);
  });

  it('links dependencies to existing vendors and to upstream dependencies of the workspace or the file', async () => {
    const nordic = storedVendor('Nordic Radio');
    const transport = storedDependency('Transport', nordic.id);
    const plan = await dependencies(
      { vendors: [nordic], dependencies: [transport], licences: [], risks: [] },
      'name,vendor,kind,domain,criticality,substitutability,upstream',
      'RAN,Nordic Radio,hardware,ran,5,hard,Packet core; transport',
      'Packet core,nordic radio,software,core,5,hard,',
      'Edge,Atlas,hardware,ran,2,easy,Edge; Nothing',
    );
    expect(messages(plan)).toEqual([
      'Row 4, vendor “Atlas”: No vendor has this name or id in the workspace. Import the vendors first.',
      'Row 4, upstream “Edge”: A dependency cannot rely on itself; remove it from its own upstream list.',
      'Row 4, upstream “Nothing”: No dependency has this name or id, in the file or in the workspace.',
    ]);
    const core = plan.records.find((record) => record.input.name === 'Packet core');
    expect(plan.records[0]?.input).toMatchObject({
      vendorId: nordic.id,
      upstreamIds: [core?.id, transport.id],
    });
    expect(plan.linked).toEqual({
      vendors: [nordic.id],
      dependencies: [transport.id],
      licences: [],
      risks: [],
    });
  });
});
