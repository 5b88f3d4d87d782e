import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeclarationSetInput } from '@shared/domain/standards';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import {
  attachHolderToVendor,
  createPatentHolder,
  deleteDeclarationSet,
  deleteRoyaltyRate,
  importDeclarationSet,
  savePatentAssumptions,
  saveRoyaltyRate,
} from '@renderer/data/standards';
import { saveVendor } from '@renderer/data/vendors';
import { refusalOf } from './refusal-of';

const setOf = (fileName: string, source: 'etsi-isld' | 'template', families = 3): DeclarationSetInput => ({
  source,
  fileName,
  sha256: fileName.length.toString(16).padStart(64, '0'),
  importedAt: new Date().toISOString(),
  rowCount: 4,
  aggregates: {
    families,
    holders: [{ key: 'nordic radio', name: 'Nordic Radio Oy', spellings: ['NORDIC RADIO'], families }],
    standards: [{ number: 'TS 38.331', families: [[0, families]] }],
    generations: [],
  },
});

const auditOf = async (table: string) =>
  (await workspace().auditLog.toArray()).filter((event) => event.table === table);

beforeEach(async () => {
  await openWorkspace(new WorkbenchDatabase('standards-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
});
afterEach(() => closeWorkspace());

describe('declaration sets', () => {
  it('a newer file of the same source replaces the set in force, which is kept; another source is left alone', async () => {
    const first = await importDeclarationSet(setOf('ISLD-export-2025.csv', 'etsi-isld'));
    const template = await importDeclarationSet(setOf('ours.csv', 'template'));
    const second = await importDeclarationSet(setOf('ISLD-export-2026.csv', 'etsi-isld', 5));

    expect(first.replaced).toBeUndefined();
    expect(second.replaced?.id).toBe(first.set.id);
    const stored = await workspace().declarationSets.toArray();
    const byName = new Map(stored.map((set) => [set.fileName, set]));
    expect(stored).toHaveLength(3);
    expect(byName.get('ISLD-export-2025.csv')?.replacedAt).toBeDefined();
    expect(byName.get('ISLD-export-2026.csv')?.replacedAt).toBeUndefined();
    expect(byName.get('ours.csv')?.replacedAt).toBeUndefined();
    expect(template.replaced).toBeUndefined();

    const events = await auditOf('declarationSets');
    expect(events.map((event) => event.action).sort()).toEqual(['create', 'create', 'create', 'update']);
    // The trail says which file, never the aggregates.
    const created = events.find((event) => event.recordId === second.set.id);
    expect(created?.changes).toMatchObject({ fileName: [null, 'ISLD-export-2026.csv'], families: [null, 5] });
    expect(JSON.stringify(created?.changes)).not.toContain('TS 38.331');
  });

  it('writes nothing from aggregates that do not hold together', async () => {
    const broken = setOf('broken.csv', 'template');
    broken.aggregates.standards = [{ number: 'TS 38.331', families: [[7, 1]] }];
    await expect(importDeclarationSet(broken)).rejects.toThrow();
    expect(await workspace().declarationSets.count()).toBe(0);
    expect(await workspace().auditLog.count()).toBe(0);
  });

  it('deletes a replaced set, never the one in force', async () => {
    const first = await importDeclarationSet(setOf('a.csv', 'template'));
    const second = await importDeclarationSet(setOf('bb.csv', 'template'));
    expect((await refusalOf(deleteDeclarationSet(second.set.id))).key).toBe(
      'standards.refused.deleteInForce',
    );
    await deleteDeclarationSet(first.set.id);
    expect((await workspace().declarationSets.toArray()).map((set) => set.id)).toEqual([second.set.id]);
  });
});

describe('holders and rates', () => {
  it('attaching a holder to a vendor adds its spellings as aliases and the patent-holder role', async () => {
    const vendor = await saveVendor({ name: 'Nordic Radio', hqCountry: 'FI' });
    const saved = await attachHolderToVendor(vendor.id, [
      'Nordic Radio Oy',
      'NORDIC RADIO OY',
      'Nordic Radio',
    ]);
    expect(saved.roles).toEqual(['supplier', 'patent-holder']);
    // "NORDIC RADIO OY" is "Nordic Radio Oy" once normalised, and the vendor's own name is no alias.
    expect(saved.aliases).toEqual(['Nordic Radio Oy']);
    expect((await workspace().vendors.get(vendor.id))?.aliases).toEqual(['Nordic Radio Oy']);
    const events = (await auditOf('vendors')).filter((event) => event.action === 'update');
    expect(events[0]?.changes).toMatchObject({ roles: [['supplier'], ['supplier', 'patent-holder']] });
  });

  it('records a holder that supplies nothing as a patent-holder vendor with its country', async () => {
    const holder = await createPatentHolder({
      name: 'Gamma Licensing',
      hqCountry: 'US',
      spellings: ['Gamma Licensing', 'Gamma Licensing LLC'],
    });
    expect(await workspace().vendors.get(holder.id)).toMatchObject({
      name: 'Gamma Licensing',
      hqCountry: 'US',
      roles: ['patent-holder'],
      aliases: ['Gamma Licensing LLC'],
    });
  });

  it('refuses a percentage rate above 100 and keeps a valid one with its source', async () => {
    const holder = await createPatentHolder({ name: 'Gamma', hqCountry: 'US', spellings: [] });
    await expect(
      saveRoyaltyRate({ holderId: holder.id, basis: 'percent', value: 120, source: 'Rate card' }),
    ).rejects.toThrow();
    const rate = await saveRoyaltyRate({
      holderId: holder.id,
      basis: 'per-unit',
      value: 2.5,
      currency: 'usd',
      source: 'Rate card',
    });
    expect(await workspace().royaltyRates.get(rate.id)).toMatchObject({ value: 2.5, currency: 'USD' });
  });

  it('refuses an amount per unit without its currency, on the currency field', async () => {
    const holder = await createPatentHolder({ name: 'Gamma', hqCountry: 'US', spellings: [] });
    const refusal = saveRoyaltyRate({ holderId: holder.id, basis: 'per-unit', value: 2, source: 'Card' });
    await expect(refusal).rejects.toThrow(/currency/);
    // A percentage takes the device's unit price currency: none needed.
    await saveRoyaltyRate({ holderId: holder.id, basis: 'percent', value: 1.5, source: 'Card' });
    expect(await workspace().royaltyRates.count()).toBe(1);
  });

  it('edits a rate with its source date and deletes it, each change audited', async () => {
    const holder = await createPatentHolder({ name: 'Gamma', hqCountry: 'US', spellings: [] });
    const rate = await saveRoyaltyRate({
      holderId: holder.id,
      basis: 'per-unit',
      value: 2.5,
      currency: 'USD',
      source: 'Rate card 2024',
      asOf: '2024-03-01',
    });
    await saveRoyaltyRate({ ...rate, value: 2, source: 'Rate card 2025', asOf: '2025-02-01' });
    expect(await workspace().royaltyRates.get(rate.id)).toMatchObject({
      value: 2,
      source: 'Rate card 2025',
      asOf: '2025-02-01',
    });
    await deleteRoyaltyRate(rate.id);
    expect(await workspace().royaltyRates.count()).toBe(0);
    const events = await auditOf('royaltyRates');
    expect(events.map((event) => event.action).sort()).toEqual(['create', 'delete', 'update']);
    expect(events.find((event) => event.action === 'update')?.changes).toMatchObject({
      value: [2.5, 2],
      asOf: ['2024-03-01', '2025-02-01'],
    });
  });

  it('saves essentiality assumptions and the share threshold once, audited', async () => {
    await savePatentAssumptions({ essentialityRates: { 'holder:gamma': 30 }, shareThreshold: 25 });
    await savePatentAssumptions({ essentialityRates: { 'holder:gamma': 30 }, shareThreshold: 25 });
    await expect(savePatentAssumptions({ essentialityRates: { x: 140 } })).rejects.toThrow();
    expect(await workspace().settings.get('patent-assumptions' as 'profile')).toMatchObject({
      essentialityRates: { 'holder:gamma': 30 },
      shareThreshold: 25,
    });
    expect(await auditOf('settings')).toHaveLength(1);
  });
});
