import { describe, expect, it } from 'vitest';
import { buildBoardReport, type DecisionsSection } from '@shared/report';
import {
  coreDecided,
  decisionsData,
  dualCore,
  dualSourceRan,
  ranQuestion,
  renegotiateRan,
  replaceRan,
  stayCore,
} from '../fixtures/report-decisions';
import { bravo, reportData, reportOptions } from '../fixtures/report-workspace';

/** The Decisions section on the fixture workspace; the arithmetic is worked out in the fixture's comments. */
const section = (data = decisionsData(), scope = {}): DecisionsSection =>
  buildBoardReport(data, reportOptions({ sections: ['decisions'], scope })).sections
    .decisions as DecisionsSection;

describe('buildBoardReport: decisions and options', () => {
  it('lists the open question (overdue) and the latest revision of the decided one only', () => {
    const { open, decided, source } = section();
    expect(
      open.map(({ decisionId, status, owner, dueDate, overdue }) => ({
        decisionId,
        status,
        owner,
        dueDate,
        overdue,
      })),
    ).toEqual([
      { decisionId: ranQuestion.id, status: 'draft', owner: 'CTO', dueDate: '2026-05-15', overdue: true },
    ]);
    // Revision 1 was superseded by revision 2 when the decision was reopened.
    expect(decided.map(({ decisionId, revision }) => [decisionId, revision])).toEqual([[coreDecided.id, 2]]);
    expect(open[0]?.source).toBe(`/decisions/${ranQuestion.id}`);
    expect(source).toBe('/decisions');
  });

  it('compares the options by the what-if: criterion values, weighted scores and ranks', () => {
    const [ran] = section().open;
    expect(
      ran?.options.map(({ optionId, values, weightedScore, rank, chosen }) => ({
        optionId,
        cost: values.cost,
        time: values.time,
        concentration: values.concentration,
        sovereignty: values.sovereignty,
        continuity: values.continuity,
        score: Number(weightedScore.toFixed(3)),
        rank,
        chosen,
      })),
    ).toEqual([
      {
        optionId: renegotiateRan,
        cost: 10_000,
        time: 3,
        concentration: 3800,
        sovereignty: 2,
        continuity: 0,
        score: 95,
        rank: 1,
        chosen: false,
      },
      {
        optionId: dualSourceRan,
        cost: 50_000,
        time: 12,
        concentration: 3400,
        sovereignty: 2,
        continuity: 0,
        score: 82.571,
        rank: 2,
        chosen: false,
      },
      {
        optionId: replaceRan,
        cost: 80_000,
        time: 18,
        concentration: 5000,
        sovereignty: 2,
        continuity: 0,
        score: 50,
        rank: 3,
        chosen: false,
      },
    ]);
    expect(ran?.options.map((option) => option.licence)).toEqual(['permissive', 'permissive', 'permissive']);
  });

  it('gives each affected domain’s HHI today and after each option, for the chart', () => {
    const [ran] = section().open;
    const [core] = section().decided;
    expect(ran?.concentration).toEqual([{ domain: 'ran', today: 3800, options: [3800, 3400, 5000] }]);
    // Half of D1 from Bravo to Alpha swaps their shares in the core (60/40 → 40/60): the HHI stays 5,200.
    expect(core?.concentration).toEqual([{ domain: 'core', today: 5200, options: [5200, 5200] }]);
  });

  it('recommends the approved choice with its rationale, else the top-ranked option, not yet decided', () => {
    const [ran] = section().open;
    const [core] = section().decided;
    expect(ran?.recommendation).toEqual({ basis: 'top-ranked', optionId: renegotiateRan });
    expect(core?.recommendation).toEqual({
      basis: 'approved',
      optionId: dualCore,
      rationale: 'Halves what a foreign order could stop.',
    });
    expect(core?.options.map((option) => [option.optionId, option.rank, option.chosen])).toEqual([
      [stayCore, 2, false],
      [dualCore, 1, true],
    ]);
    expect(core?.approvedBy).toBe('Board chair');
  });

  it('calls a choice made but not yet approved proposed', () => {
    const proposed = { ...ranQuestion, chosenOptionId: replaceRan, rationale: 'Off the list.' };
    const [ran] = section({ ...reportData(), decisions: [proposed] }).open;
    expect(ran?.recommendation).toEqual({
      basis: 'proposed',
      optionId: replaceRan,
      rationale: 'Off the list.',
    });
  });

  it('finds the smallest single weight change that changes the first option', () => {
    const [ran] = section().open;
    const [core] = section().decided;
    expect(ran?.sensitivity?.criterion).toBe('concentration');
    expect(ran?.sensitivity?.fromWeight).toBe(20);
    expect(ran?.sensitivity?.toWeight).toBeCloseTo(12_200 / 262, 9);
    expect(ran?.sensitivity?.newWinnerId).toBe(dualSourceRan);
    expect(core?.sensitivity).toEqual({
      criterion: 'cost',
      fromWeight: 40,
      toWeight: 50,
      newWinnerId: stayCore,
    });
  });

  it('keeps the decisions whose subject is in the report’s scope', () => {
    // Bravo supplies only the core: the RAN question leaves, the packet gateway's stays.
    const scoped = section(decisionsData(), { vendorIds: [bravo.id] });
    expect(scoped.open).toEqual([]);
    expect(scoped.decided.map((decision) => decision.decisionId)).toEqual([coreDecided.id]);
    const ranOnly = section(decisionsData(), { domains: ['ran'] });
    expect(ranOnly.open.map((decision) => decision.decisionId)).toEqual([ranQuestion.id]);
    expect(ranOnly.decided).toEqual([]);
  });

  it('is empty when the workspace has no decision', () => {
    expect(section(reportData())).toEqual({ open: [], decided: [], source: '/decisions' });
  });
});
