import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DecisionInput } from '@shared/domain';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import {
  approveDecision,
  reopenDecision,
  saveDecision,
  submitDecisionForReview,
} from '@renderer/data/decisions';
import { saveRisk } from '@renderer/data/risks';
import { saveSettings } from '@renderer/data/settings';
import { saveSignOffPolicy } from '@renderer/data/sign-off';
import { seedRanSupply } from './ran-supply';
import { refusalOf } from './refusal-of';

let ranVendorId: string;
let otherVendorId: string;
let dependencyId: string;
let riskId: string;

const stay = '00000000-0000-4000-8000-000000000001';
const second = '00000000-0000-4000-8000-000000000002';

const input = (): DecisionInput => ({
  question: 'Do we add a second RAN source?',
  subject: { type: 'dependencies', dependencyIds: [dependencyId] },
  owner: 'CTO office',
  options: [
    { id: stay, kind: 'renegotiate', title: 'Stay and renegotiate', targetClauses: ['sanctionsExit'] },
    {
      id: second,
      kind: 'dual-source',
      title: 'Second source',
      moves: [{ dependencyId, toVendorId: otherVendorId, share: 40 }],
      expectedResidual: { [riskId]: [2, 4] },
      followUp: [{ title: 'Sign the second RAN contract', owner: 'Procurement', dueDate: '2027-03-31' }],
    },
  ] as DecisionInput['options'],
});

beforeEach(async () => {
  await openWorkspace(
    new WorkbenchDatabase('decision-commands', { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  ({ ranVendorId, otherVendorId, dependencyId } = await seedRanSupply());
  riskId = (
    await saveRisk({ title: 'Single RAN supplier', category: 'concentration', likelihood: 4, impact: 5 })
  ).id;
  await workspace().auditLog.clear();
});

afterEach(() => closeWorkspace());

describe('saveDecision', () => {
  it('creates a draft decision with its audit event', async () => {
    const decision = await saveDecision(input());
    expect(await workspace().decisions.get(decision.id)).toMatchObject({ status: 'draft', revision: 1 });
    expect((await workspace().auditLog.toArray()).map((e) => `${e.table}:${e.action}:${e.actor}`)).toEqual([
      'decisions:create:Ines Moreau',
    ]);
  });

  it('refuses bad input on its field and writes nothing: weights, a share, a cost, the own vendor', async () => {
    const weights = { cost: 50, time: 10, concentration: 20, sovereignty: 20, continuity: 20, licence: 10 };
    expect((await refusalOf(saveDecision({ ...input(), weights }))).issues).toEqual([
      { path: ['weights'], message: 'decisions.validation.weightsSum' },
    ]);
    const bad = input();
    const option = bad.options[1] as { moves: { share: number; toVendorId?: string }[]; oneOffCost?: number };
    option.moves[0]!.share = 140;
    option.oneOffCost = -5;
    const issues = (await refusalOf(saveDecision(bad))).issues.map((issue) => issue.path.join('.'));
    expect(issues).toEqual(expect.arrayContaining(['options.1.moves.0.share', 'options.1.oneOffCost']));
    const own = input();
    (own.options[1] as { moves: { toVendorId?: string }[] }).moves[0]!.toVendorId = ranVendorId;
    expect(await refusalOf(saveDecision(own))).toMatchObject({
      key: 'decisions.errors.invalid',
      issues: [
        { path: ['options', 1, 'moves', 0, 'toVendorId'], message: 'decisions.validation.moveToOwnVendor' },
      ],
    });
    expect(await workspace().decisions.count()).toBe(0);
    expect(await workspace().auditLog.count()).toBe(0);
  });

  it('refuses an option naming a risk deleted since, on that field', async () => {
    await workspace().risks.delete(riskId);
    expect((await refusalOf(saveDecision(input()))).issues).toEqual(
      expect.arrayContaining([
        { path: ['options', 1, 'expectedResidual', riskId], message: 'decisions.validation.deletedRecord' },
      ]),
    );
    expect(await workspace().decisions.count()).toBe(0);
  });
});

describe('deciding, review and approval', () => {
  it('approves the chosen option, locks the decision and gives the linked risk its follow-up action', async () => {
    const draft = await saveDecision(input());
    const chosen = await saveDecision({
      ...input(),
      id: draft.id,
      chosenOptionId: second,
      rationale: 'Halves it.',
    });
    expect(chosen.chosenOptionId).toBe(second);
    await submitDecisionForReview(draft.id, 'Marc Leroy');
    const approved = await approveDecision(draft.id, 'Marc Leroy');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Marc Leroy' });

    const risk = await workspace().risks.get(riskId);
    expect(risk?.actions).toEqual([
      expect.objectContaining({
        title: 'Sign the second RAN contract',
        owner: 'Procurement',
        dueDate: '2027-03-31',
        status: 'todo',
      }),
    ]);
    const trail = (await workspace().auditLog.toArray()).map((e) => `${e.table}:${e.action}`);
    expect(trail.filter((entry) => entry === 'risks:update')).toHaveLength(1);

    // Locked: an edit is refused and nothing changes.
    expect(await refusalOf(saveDecision({ ...input(), id: draft.id, question: 'Changed?' }))).toMatchObject({
      key: 'decisions.errors.locked',
    });
    expect((await workspace().decisions.get(draft.id))?.question).toBe('Do we add a second RAN source?');
  });

  it('refuses to submit without a choice, and to approve what is not in review', async () => {
    const draft = await saveDecision(input());
    expect(await refusalOf(submitDecisionForReview(draft.id, 'Marc Leroy'))).toMatchObject({
      key: 'decisions.errors.invalid',
    });
    expect(await refusalOf(approveDecision(draft.id, 'Marc Leroy'))).toMatchObject({
      key: 'decisions.errors.wrongStatus',
    });
    expect((await workspace().decisions.get(draft.id))?.status).toBe('draft');
  });

  it('reopens an approved decision as a new draft revision; approving it again adds no action twice', async () => {
    const draft = await saveDecision({ ...input(), chosenOptionId: second, rationale: 'Halves it.' });
    await submitDecisionForReview(draft.id, 'Marc Leroy');
    await approveDecision(draft.id, 'Marc Leroy');
    const revision = await reopenDecision(draft.id);
    expect(revision).toMatchObject({ status: 'draft', revision: 2, previousId: draft.id });
    expect(revision).not.toHaveProperty('approvedBy');
    expect((await workspace().decisions.get(draft.id))?.status).toBe('approved');
    expect(await refusalOf(reopenDecision(revision.id))).toMatchObject({
      key: 'decisions.errors.wrongStatus',
    });

    await submitDecisionForReview(revision.id, 'Marc Leroy');
    await approveDecision(revision.id, 'Marc Leroy');
    expect((await workspace().risks.get(riskId))?.actions).toHaveLength(1);
    expect(await refusalOf(reopenDecision(draft.id))).toMatchObject({
      key: 'decisions.errors.notLatestRevision',
    });
  });
});

describe('four eyes on a decision', () => {
  /** A decision Ines wrote and submitted, its second option chosen. */
  const inReview = async () => {
    const draft = await saveDecision({ ...input(), chosenOptionId: second, rationale: 'Halves it.' });
    await submitDecisionForReview(draft.id, 'Marc Leroy');
    return draft.id;
  };

  it('refuses the author as approver, writing nothing, unless Settings allows single-person sign-off', async () => {
    const id = await inReview();
    const events = await workspace().auditLog.count();
    expect(await refusalOf(approveDecision(id, ' ines moreau '))).toMatchObject({
      key: 'decisions.errors.approverIsAuthor',
    });
    expect((await workspace().decisions.get(id))?.status).toBe('in-review');
    expect((await workspace().risks.get(riskId))?.actions).toEqual([]);
    expect(await workspace().auditLog.count()).toBe(events);

    await saveSignOffPolicy({ singlePersonSignOff: true });
    const approved = await approveDecision(id, 'Ines Moreau');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Ines Moreau', selfApproval: 'author' });
  });

  it('refuses whoever changed the decision last, but not one who only moved it along', async () => {
    const draft = await saveDecision(input());
    await saveSettings({ userName: 'Marc Leroy', organisationName: 'Atlantic Telecom' });
    await saveDecision({ ...input(), id: draft.id, chosenOptionId: second, rationale: 'Halves it.' });
    await saveSettings({ userName: 'Paul Girard', organisationName: 'Atlantic Telecom' });
    await submitDecisionForReview(draft.id, 'Someone');

    expect(await refusalOf(approveDecision(draft.id, 'Marc Leroy'))).toMatchObject({
      key: 'decisions.errors.approverIsEditor',
    });
    // Paul only submitted it: that is not writing it.
    const approved = await approveDecision(draft.id, 'Paul Girard');
    expect(approved.approvedBy).toBe('Paul Girard');
    expect(approved).not.toHaveProperty('selfApproval');
  });

  it('lets another person approve, and a reopened revision starts without the single-person mark', async () => {
    await saveSignOffPolicy({ singlePersonSignOff: true });
    const id = await inReview();
    await approveDecision(id, 'Ines Moreau');
    const revision = await reopenDecision(id);
    expect(revision).not.toHaveProperty('selfApproval');
    await submitDecisionForReview(revision.id, 'Marc Leroy');
    expect(await approveDecision(revision.id, 'Marc Leroy')).not.toHaveProperty('selfApproval');
  });
});
