import { describe, expect, it } from 'vitest';
import { builtInChecklists } from '@shared/checklists';
import { buildBoardReport } from '@shared/report';
import {
  a1,
  a2,
  a3,
  a4,
  a7,
  alphaDraft,
  baseline,
  bravo,
  bravoReview,
  charlie,
  l1,
  l2,
  l3,
  r1,
  r2,
  r3,
  r4,
  r5,
  r6,
  r7,
  reportData,
  reportOptions,
  reportSections,
} from '../fixtures/report-workspace';

/** The board report model: checklist coverage, treatment plan, appendix, scope and section selection. */
const whole = reportSections();

describe('buildBoardReport: checklist coverage', () => {
  it('averages completion and score over latest revisions and counts subjects assessed', () => {
    const { checklists, blockers } = whole.coverage;
    expect(checklists).toHaveLength(builtInChecklists.length + 1);
    expect(checklists.find((entry) => entry.checklistId === baseline.id)).toEqual({
      checklistId: baseline.id,
      name: 'Vendor baseline',
      version: '1',
      subjectType: 'vendor',
      assessments: 2,
      // Bravo's review: 3 of 3 answered, score (yes 1 + no 0) ÷ 2 = 50 %; Alpha's draft: 1 of 3, score 100 %.
      averageCompletion: (1 + 1 / 3) / 2,
      averageScore: (50 + 100) / 2,
      // Bravo approved, Alpha in progress, of 5 vendors.
      assessed: 1,
      inProgress: 1,
      subjects: 5,
      share: 0.2,
      blockers: 1,
      source: '/checklists/assessments',
    });
    const unused = checklists.find((entry) => entry.checklistId === builtInChecklists[0]?.id);
    expect(unused).toMatchObject({
      assessments: 0,
      averageCompletion: null,
      averageScore: null,
      assessed: 0,
    });
    expect(blockers).toEqual([
      {
        assessmentId: bravoReview.id,
        checklistName: 'Vendor baseline',
        subjectType: 'vendor',
        subjectId: bravo.id,
        subjectName: 'Bravo Core',
        source: `/checklists/assessments/${bravoReview.id}`,
      },
    ]);
    expect(alphaDraft.conclusion).toBeUndefined();
  });
});

describe('buildBoardReport: treatment plan', () => {
  it('lists the actions of open and treating risks by due date, flagging the overdue ones', () => {
    const { actions, overdueCount, source } = whole.treatment;
    // A5 (accepted risk) and A6 (closed risk) are left out; the undated A7 comes last.
    expect(actions.map(({ actionId, overdue }) => [actionId, overdue])).toEqual([
      [a4.id, false], // 2026-04-01 but done
      [a1.id, true], // 2026-05-01, doing
      [a3.id, false], // 2026-07-15
      [a2.id, false], // 2026-09-30
      [a7.id, false],
    ]);
    expect(actions[1]).toMatchObject({
      title: a1.title,
      riskId: r1.id,
      riskTitle: r1.title,
      owner: 'CTO',
      dueDate: '2026-05-01',
      status: 'doing',
      source: `/risks/${r1.id}`,
    });
    expect(overdueCount).toBe(1);
    expect(source).toBe('/risks/actions');
  });
});

describe('buildBoardReport: appendix', () => {
  it('lists the whole register, closed risks included, highest residual score first', () => {
    // R1 20 (inherent 25) before R5 20 (inherent 20); then R2, R3 (12), R4 (6), R6 (4), R7 (3).
    expect(whole.appendix.risks.map((risk) => risk.riskId)).toEqual([
      r1.id,
      r5.id,
      r2.id,
      r3.id,
      r4.id,
      r6.id,
      r7.id,
    ]);
    expect(whole.appendix.risks[1]).toMatchObject({
      status: 'closed',
      residual: 20,
      residualLevel: 'critical',
    });
  });
});

describe('buildBoardReport: scope', () => {
  it('keeps a domain’s dependencies, their vendors, linked records and unlinked risks', () => {
    const core = reportSections({ domains: ['core'] });
    // D1, D2 (Bravo), D3 (Alpha): Alpha and Bravo are in scope.
    expect(core.summary.keyFigures.vendors.value).toBe(2);
    expect(core.summary.keyFigures.dependencies.value).toBe(3);
    // R1 (Bravo), R4 (L2, Alpha's licence), R6 (unlinked); R2 (Charlie, D7), R3 (D4), R5, R7 are out.
    expect(core.appendix.risks.map((risk) => risk.riskId)).toEqual([r1.id, r4.id, r6.id]);
    // L1 (Bravo) and L2 (Alpha); L3 is Charlie's; L4 covers D9 only.
    expect(core.licences.missingClauses.map((row) => row.licenceId)).toEqual([l1.id, l2.id]);
    expect(core.licences.noticeDeadlines.map((row) => row.licenceId)).toEqual([l1.id]);
    expect(core.concentration.domains.map(({ domain, hhi }) => [domain, hhi])).toEqual([['core', 5200]]);
    // D1 and D3 are both exposed, D3 through the out-of-scope D7: 2 ÷ 2.
    expect(core.summary.keyFigures.criticalExposure.value).toBe(1);
    // Bravo: D1, D2 direct (D8 is out of scope); Charlie: D3 only, indirectly.
    expect(
      core.exposure.vendors.map(({ vendorId, direct, indirect }) => [vendorId, direct, indirect]),
    ).toEqual([
      [bravo.id, 2, 0],
      [charlie.id, 0, 1],
    ]);
    const coverage = core.coverage.checklists.find((entry) => entry.checklistId === baseline.id);
    expect(coverage).toMatchObject({ subjects: 2, assessed: 1, share: 0.5 });
  });

  it('keeps only what concerns the chosen vendors, without unlinked risks', () => {
    const onlyCharlie = reportSections({ vendorIds: [charlie.id] });
    expect(onlyCharlie.summary.keyFigures.dependencies.value).toBe(2); // D5, D7
    expect(onlyCharlie.appendix.risks.map((risk) => risk.riskId)).toEqual([r2.id]);
    expect(onlyCharlie.licences.sepTerms.map((row) => row.licenceId)).toEqual([l3.id]);
    expect(onlyCharlie.licences.copyleftLicences).toEqual([]);
    // Neither D5 (3) nor D7 (2) is critical, so there is no share to give.
    expect(onlyCharlie.exposure.criticalShare.value).toBeNull();
    expect(
      onlyCharlie.exposure.vendors.map(({ vendorId, direct, indirect, critical }) => ({
        vendorId,
        direct,
        indirect,
        critical,
      })),
    ).toEqual([{ vendorId: charlie.id, direct: 2, indirect: 0, critical: [] }]);
    expect(onlyCharlie.coverage.blockers).toEqual([]);
    expect(onlyCharlie.summary.keyFigures.assessments.value).toBe(0);
  });

  it('treats empty lists as no scope', () => {
    expect(reportSections({ domains: [], vendorIds: [] })).toEqual(whole);
  });
});

describe('buildBoardReport: section selection', () => {
  it('builds only the sections asked for, in the report’s order', () => {
    const report = buildBoardReport(reportData(), reportOptions({ sections: ['appendix', 'cover'] }));
    expect(report.included).toEqual(['cover', 'appendix']);
    expect(Object.keys(report.sections)).toEqual(['cover', 'appendix']);
  });
});
