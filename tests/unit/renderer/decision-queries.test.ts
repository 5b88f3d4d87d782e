import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestRevisions, type DecisionInput } from '@shared/domain';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import {
  approveDecision,
  decisionConcernsDependency,
  decisionConcernsVendor,
  reopenDecision,
  saveDecision,
  submitDecisionForReview,
} from '@renderer/data/decisions';
import { saveDependency } from '@renderer/data/dependencies';
import { saveSettings } from '@renderer/data/settings';
import { saveVendor } from '@renderer/data/vendors';

let nordic: string;
let iberian: string;
let unrelated: string;
let ranNorth: string;
let core: string;

const options = (moves: { dependencyId: string; toVendorId: string; share: number }[]) =>
  [
    { id: '00000000-0000-4000-8000-000000000001', kind: 'renegotiate', title: 'Stay' },
    { id: '00000000-0000-4000-8000-000000000002', kind: 'dual-source', title: 'Second source', moves },
  ] as DecisionInput['options'];

beforeEach(async () => {
  await openWorkspace(
    new WorkbenchDatabase('decision-queries', { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  nordic = (await saveVendor({ name: 'Nordic Radio', hqCountry: 'SE' })).id;
  iberian = (await saveVendor({ name: 'Iberian Radio', hqCountry: 'ES' })).id;
  unrelated = (await saveVendor({ name: 'Cloud Co', hqCountry: 'FR' })).id;
  const dependency = (name: string, vendorId: string) =>
    saveDependency({
      name,
      vendorId,
      kind: 'hardware',
      domain: 'ran',
      criticality: 5,
      substitutability: 'hard',
    });
  ranNorth = (await dependency('RAN north', nordic)).id;
  core = (await dependency('Core', unrelated)).id;
});

afterEach(() => closeWorkspace());

describe('decisions of a vendor or a dependency', () => {
  it('finds a decision about a dependency on the page of the dependency, its vendor and the vendor it may move to', async () => {
    const decision = await saveDecision({
      question: 'Second RAN source?',
      subject: { type: 'dependencies', dependencyIds: [ranNorth] },
      owner: 'CTO office',
      options: options([{ dependencyId: ranNorth, toVendorId: iberian, share: 40 }]),
    });
    const supplied = async (vendorId: string) =>
      new Set(await workspace().dependencies.where('vendorId').equals(vendorId).primaryKeys());
    expect(decisionConcernsVendor(decision, nordic, await supplied(nordic))).toBe(true);
    expect(decisionConcernsVendor(decision, iberian, await supplied(iberian))).toBe(true);
    expect(decisionConcernsVendor(decision, unrelated, await supplied(unrelated))).toBe(false);
    expect(decisionConcernsDependency(decision, { id: ranNorth, vendorId: nordic })).toBe(true);
    expect(decisionConcernsDependency(decision, { id: core, vendorId: unrelated })).toBe(false);
  });

  it('finds a decision about a vendor on the pages of the dependencies it supplies', async () => {
    const decision = await saveDecision({
      question: 'Leave Cloud Co?',
      subject: { type: 'vendor', vendorId: unrelated },
      owner: 'CTO office',
      options: options([]),
    });
    expect(decisionConcernsDependency(decision, { id: core, vendorId: unrelated })).toBe(true);
    expect(decisionConcernsDependency(decision, { id: ranNorth, vendorId: nordic })).toBe(false);
  });
});

describe('latestRevisions', () => {
  it('keeps the reopened revision and leaves out the approved one it replaces', async () => {
    const first = await saveDecision({
      question: 'Second RAN source?',
      subject: { type: 'dependencies', dependencyIds: [ranNorth] },
      owner: 'CTO office',
      chosenOptionId: '00000000-0000-4000-8000-000000000001',
      rationale: 'Cheapest',
      options: options([{ dependencyId: ranNorth, toVendorId: iberian, share: 40 }]),
    });
    await submitDecisionForReview(first.id, 'Board secretary');
    await approveDecision(first.id, 'Board secretary');
    const second = await reopenDecision(first.id);
    const all = await workspace().decisions.toArray();
    expect(all).toHaveLength(2);
    expect(latestRevisions(all).map((decision) => decision.id)).toEqual([second.id]);
  });
});
