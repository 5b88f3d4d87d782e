import { describe, expect, it } from 'vitest';
import type { Decision, Vendor } from '@shared/domain';
import { applyChoices, markImported } from '@shared/workspace/merge-apply';
import { choicesForAll, mergeConflicts, planMerge, preselectedChoices } from '@shared/workspace/merge-plan';
import { storedDependency, storedVendor } from '../fixtures/records';
import { emptyRecords, sampleWorkspace } from './workspace-fixture';

const later = '2025-06-01T00:00:00.000Z';
const earlier = '2024-06-01T00:00:00.000Z';

describe('planMerge', () => {
  it('adds records this workspace lacks, skips identical ones and keeps its own untouched', () => {
    const shared = storedVendor('Shared Vendor');
    const mine = storedVendor('Only Mine');
    const theirs = storedVendor('Only Theirs');
    // The same record written with its fields in another order is still the same record.
    const reordered = Object.fromEntries(Object.entries(shared).reverse()) as typeof shared;

    const plan = planMerge(
      { ...emptyRecords(), vendors: [shared, mine] },
      { ...emptyRecords(), vendors: [theirs, reordered] },
    );

    expect(plan.tables.vendors).toEqual({
      added: [theirs],
      identical: [shared],
      conflicts: [],
      onlyHere: [mine],
    });
    const outcome = applyChoices(plan, new Map());
    expect(outcome).toMatchObject({
      ok: true,
      writes: { vendors: [{ after: theirs }] },
      summary: { vendors: { added: 1, updated: 0, skipped: 1 } },
    });
  });

  it('lists a record changed on both sides with the newer side preselected, the current one on a tie', () => {
    const renamed = storedVendor('Nordic Radio');
    const retagged = storedVendor('Baltic Fibre');
    const tied = storedVendor('Tied Vendor');

    const plan = planMerge(
      { ...emptyRecords(), vendors: [renamed, retagged, tied] },
      {
        ...emptyRecords(),
        vendors: [
          { ...renamed, name: 'Nordic Radio Oy', updatedAt: later },
          { ...retagged, tags: ['core'], updatedAt: earlier },
          { ...tied, notes: 'Theirs' },
        ],
      },
    );

    expect(mergeConflicts(plan).map(({ id, newer, preselected }) => ({ id, newer, preselected }))).toEqual([
      { id: renamed.id, newer: 'incoming', preselected: 'incoming' },
      { id: retagged.id, newer: 'current', preselected: 'current' },
      { id: tied.id, newer: 'current', preselected: 'current' },
    ]);
    const byDefault = applyChoices(plan, new Map());
    expect(byDefault.ok && byDefault.writes.vendors.map((write) => (write.after as Vendor).name)).toEqual([
      'Nordic Radio Oy',
    ]);
    expect(byDefault.ok && byDefault.summary.vendors).toEqual({ added: 0, updated: 1, skipped: 2 });

    const chosen = applyChoices(
      plan,
      new Map([
        [renamed.id, 'current'],
        [tied.id, 'incoming'],
      ]),
    );
    expect(chosen.ok && chosen.writes.vendors).toEqual([
      { before: tied, after: { ...tied, notes: 'Theirs' } },
    ]);
  });

  it('appends incoming audit events once: events already here are skipped, never in conflict', async () => {
    const { records } = await sampleWorkspace();
    const known = records.auditLog[0]!;
    const fresh = { ...known, id: crypto.randomUUID(), actor: 'Ben' };

    const plan = planMerge(records, { ...records, auditLog: [{ ...known, actor: 'Edited' }, fresh] });

    expect(plan.auditLog).toEqual({ added: [fresh], identical: [{ ...known, actor: 'Edited' }] });
    const outcome = applyChoices(plan, new Map());
    expect(outcome.ok && outcome.auditEvents).toEqual([fresh]);
    expect(outcome.ok && outcome.summary.auditLog).toEqual({ added: 1, updated: 0, skipped: 1 });
  });

  it('treats evidence with the same id and SHA-256 as identical, and a different hash as changed', async () => {
    const { records } = await sampleWorkspace();
    const evidence = records.evidence[0]!;

    const same = planMerge(records, structuredClone(records));
    const altered = planMerge(records, {
      ...records,
      evidence: [{ ...evidence, sha256: 'b'.repeat(64), updatedAt: later }],
    });

    expect(same.tables.evidence.identical).toEqual([evidence]);
    expect(mergeConflicts(same)).toEqual([]);
    expect(mergeConflicts(altered)).toMatchObject([
      { table: 'evidence', id: evidence.id, newer: 'incoming' },
    ]);
  });

  it('adds an incoming dependency with the incoming vendor it names', () => {
    const vendor = storedVendor('New Vendor');
    const dependency = storedDependency('New router', vendor.id);

    const outcome = applyChoices(
      planMerge(emptyRecords(), { ...emptyRecords(), vendors: [vendor], dependencies: [dependency] }),
      new Map(),
    );

    expect(outcome.ok && outcome.summary.dependencies.added).toBe(1);
  });

  it('refuses a choice that would leave a link to a record neither side holds, naming it', () => {
    const vendor = storedVendor('Kept Vendor');
    const gone = crypto.randomUUID();
    const broken = storedDependency('Router', gone);
    const fixed = { ...broken, vendorId: vendor.id, updatedAt: later };
    const plan = planMerge(
      { ...emptyRecords(), dependencies: [broken] },
      { ...emptyRecords(), vendors: [vendor], dependencies: [fixed] },
    );

    expect(applyChoices(plan, new Map([[broken.id, 'incoming']])).ok).toBe(true);
    expect(applyChoices(plan, new Map([[broken.id, 'current']]))).toEqual({
      ok: false,
      problems: [
        {
          table: 'dependencies',
          id: broken.id,
          field: 'vendorId',
          message: 'workspaceMerge.problems.missingReference',
          params: { table: 'vendors', id: gone },
        },
      ],
    });
  });

  it('never takes, by default, their change to an assessment approved here, even when theirs is newer', async () => {
    const { records } = await sampleWorkspace();
    const draft = records.assessments[0]!;
    const approved = {
      ...draft,
      status: 'approved' as const,
      approvedBy: 'Ana',
      approvedAt: '2025-03-02T10:00:00.000Z',
      conclusion: 'ok' as const,
    };
    const evidence = records.evidence[0]!;
    const mine = { ...records, assessments: [approved, records.assessments[1]!] };
    const theirs = {
      ...records,
      assessments: [
        { ...approved, answers: { q1: { value: 'no', evidenceIds: [evidence.id] } }, updatedAt: later },
        records.assessments[1]!,
      ],
      evidence: [{ ...evidence, sha256: 'c'.repeat(64), updatedAt: later }],
    };

    const plan = planMerge(mine, theirs);

    expect(
      mergeConflicts(plan).map(({ table, newer, preselected, signedOff }) => ({
        table,
        newer,
        preselected,
        signedOff,
      })),
    ).toEqual([
      {
        table: 'assessments',
        newer: 'incoming',
        preselected: 'current',
        signedOff: { assessmentId: approved.id, approvedBy: 'Ana', approvedAt: approved.approvedAt },
      },
      {
        table: 'evidence',
        newer: 'incoming',
        preselected: 'current',
        signedOff: { assessmentId: approved.id, approvedBy: 'Ana', approvedAt: approved.approvedAt },
      },
    ]);
    expect(applyChoices(plan, new Map())).toMatchObject({
      ok: true,
      writes: { assessments: [], evidence: [] },
    });
    expect(choicesForAll(plan, 'incoming')).toEqual(preselectedChoices(plan));
    expect(choicesForAll(plan, 'newer')).toEqual(preselectedChoices(plan));
    // Chosen record by record, theirs is taken: the user may undo an approval knowingly.
    const chosen = applyChoices(plan, new Map([[approved.id, 'incoming']]));
    expect(chosen.ok && chosen.writes.assessments.map((write) => write.after.updatedAt)).toEqual([later]);
  });

  it('keeps, by default, a decision approved here over their newer change; their change to a draft wins', async () => {
    const { records } = await sampleWorkspace();
    const [approved, draft] = records.decisions as [Decision, Decision];
    const plan = planMerge(records, {
      ...records,
      decisions: [
        { ...approved, rationale: 'Cheaper after all.', updatedAt: later },
        { ...draft, question: 'Do we add a second source now?', updatedAt: later },
      ],
    });
    expect(
      mergeConflicts(plan).map(({ table, id, preselected, signedOff }) => ({
        table,
        id,
        preselected,
        signedOff,
      })),
    ).toEqual([
      {
        table: 'decisions',
        id: approved.id,
        preselected: 'current',
        signedOff: { decisionId: approved.id, approvedBy: 'Ana', approvedAt: approved.approvedAt },
      },
      { table: 'decisions', id: draft.id, preselected: 'incoming', signedOff: undefined },
    ]);
    const applied = applyChoices(plan, new Map());
    expect(applied.ok && applied.writes.decisions.map((write) => (write.after as Decision).question)).toEqual(
      ['Do we add a second source now?'],
    );
  });

  it('takes their approval of a revision still a draft here, when theirs is newer', async () => {
    const { records } = await sampleWorkspace();
    const draft = records.assessments[0]!;
    const plan = planMerge(records, {
      ...records,
      assessments: [
        { ...draft, status: 'approved', approvedBy: 'Ben', approvedAt: later, updatedAt: later },
        records.assessments[1]!,
      ],
    });
    expect(mergeConflicts(plan)).toMatchObject([{ table: 'assessments', preselected: 'incoming' }]);
    expect(mergeConflicts(plan)[0]).not.toHaveProperty('signedOff');
  });

  it('marks imported audit events with the file, its SHA-256, who merged and when', async () => {
    const { records } = await sampleWorkspace();
    const event = records.auditLog[0]!;
    const imported = { fileName: 'colleague.zip', sha256: 'd'.repeat(64), by: 'Ana', at: later };
    expect(markImported([event], imported)).toEqual([{ ...event, imported }]);
  });
});
