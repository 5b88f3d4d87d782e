import { describe, expect, it } from 'vitest';
import { builtInChecklists } from '@shared/checklists';
import {
  buildBoardReport,
  reportSectionIds,
  type ReportOptions,
  type ReportScope,
  type ReportSections,
} from '@shared/report';
import {
  a1,
  a2,
  a3,
  a4,
  a7,
  alpha,
  alphaDraft,
  baseline,
  bravo,
  bravoReview,
  charlie,
  d1,
  d3,
  d9,
  delta,
  echo,
  l1,
  l2,
  l3,
  l4,
  r1,
  r2,
  r3,
  r4,
  r5,
  r6,
  r7,
  reportData,
  today,
} from '../fixtures/report-workspace';

const options = (fields: Partial<ReportOptions> = {}): ReportOptions => ({
  title: 'Supply-chain risk, Q2 2026',
  classification: 'CONFIDENTIAL',
  preparedBy: 'Risk office',
  period: { from: '2026-04-01', to: '2026-06-30' },
  sections: reportSectionIds,
  scope: {},
  ...fields,
});

/** Every section of the report on the fixture workspace, whole or within a scope. */
const sections = (scope: ReportScope = {}): ReportSections =>
  buildBoardReport(reportData(), options({ scope })).sections as ReportSections;

const whole = sections();

describe('buildBoardReport: cover', () => {
  it('carries the options, the organisation and the date, and leaves out who has not approved it', () => {
    expect(whole.cover).toEqual({
      title: 'Supply-chain risk, Q2 2026',
      organisation: { name: 'Northwind Telecom', country: 'FR' },
      date: today,
      classification: 'CONFIDENTIAL',
      preparedBy: 'Risk office',
      period: { from: '2026-04-01', to: '2026-06-30' },
    });
  });
});

describe('buildBoardReport: executive summary', () => {
  const { keyFigures, topRisks, verdicts } = whole.summary;

  it('counts vendors, dependencies and the critical ones (criticality ≥ 4: D1, D3, D4)', () => {
    expect(keyFigures.vendors).toEqual({ value: 5, source: '/vendors' });
    expect(keyFigures.dependencies).toEqual({ value: 10, source: '/dependencies' });
    expect(keyFigures.criticalDependencies).toEqual({ value: 3, source: '/dependencies' });
  });

  it('gives the share of critical dependencies exposed to high or critical vendors', () => {
    // Bravo (critical) supplies D1; D3 relies on D7 of Charlie (listed, so high); D4 reaches neither: 2 ÷ 3.
    expect(keyFigures.criticalExposure).toEqual({ value: 2 / 3, source: '/' });
  });

  it('counts open (not closed) risks by residual level', () => {
    // R1 4×5 = 20 critical; R2 3×4 = 12 and R3 3×4 = 12 high; R4 2×3 = 6 medium; R6 2×2 = 4 and R7 1×3 = 3
    // low; R5 (5×4 = 20) is closed and not counted.
    const counts = Object.fromEntries(
      Object.entries(keyFigures.openRisksByLevel).map(([level, { value }]) => [level, value]),
    );
    expect(counts).toEqual({ low: 2, medium: 1, high: 2, critical: 1 });
    expect(keyFigures.openRisksByLevel.critical.source).toBe('/risks');
  });

  it('names the most concentrated domain', () => {
    // core: Bravo 4 + 2 = 6, Alpha 4, of 10: 60² + 40² = 5200, above ran's 3800 and transport's 2500.
    expect(keyFigures.highestConcentration).toEqual({
      value: { domain: 'core', hhi: 5200, band: 'high' },
      source: '/dependencies',
    });
  });

  it('counts licences due soon and missed, approved assessments and blockers', () => {
    // L4: notice 2026-08-15 − 30 = 2026-07-16, 45 days away → due soon. L2: notice 2026-07-31 − 90 =
    // 2026-05-02, past, and it auto-renews → missed. L1 (notice 2026-10-02, 123 days) and L3 are ok.
    expect(keyFigures.noticeDueSoon).toEqual({ value: 1, source: '/licences' });
    expect(keyFigures.noticeMissed).toEqual({ value: 1, source: '/licences' });
    // Latest revisions: Bravo's review (approved, blocker) and Alpha's draft; Bravo's first is superseded.
    expect(keyFigures.assessmentsApproved).toEqual({ value: 1, source: '/checklists/assessments' });
    expect(keyFigures.assessments).toEqual({ value: 2, source: '/checklists/assessments' });
    expect(keyFigures.blockers).toEqual({ value: 1, source: '/checklists/assessments' });
  });

  it('lists the five open risks of highest residual score, ties broken by inherent score', () => {
    // R1 20; R2 and R3 both 12, R2 first as its inherent 4×4 = 16 beats 3×4 = 12; R4 6; R6 4. R7 (3) is sixth,
    // R5 is closed.
    expect(topRisks.map((risk) => risk.riskId)).toEqual([r1.id, r2.id, r3.id, r4.id, r6.id]);
    expect(topRisks[0]).toMatchObject({
      title: r1.title,
      inherent: 25,
      inherentLevel: 'critical',
      residualLikelihood: 4,
      residualImpact: 5,
      residual: 20,
      residualLevel: 'critical',
      owner: 'CISO',
      source: `/risks/${r1.id}`,
    });
  });

  it('gives coded verdicts, high severity first', () => {
    expect(verdicts).toEqual([
      { code: 'highConcentration', domain: 'core', hhi: 5200, severity: 'high', source: '/dependencies' },
      { code: 'highConcentration', domain: 'ran', hhi: 3800, severity: 'high', source: '/dependencies' },
      {
        code: 'highConcentration',
        domain: 'transport',
        hhi: 2500,
        severity: 'high',
        source: '/dependencies',
      },
      { code: 'criticalExposure', share: 2 / 3, exposed: 2, critical: 3, severity: 'high', source: '/' },
      { code: 'criticalRisks', count: 1, severity: 'high', source: '/risks' },
      { code: 'missedNotice', count: 1, severity: 'high', source: '/licences' },
      { code: 'assessmentBlockers', count: 1, severity: 'high', source: '/checklists/assessments' },
      { code: 'noticeDueSoon', count: 1, severity: 'medium', source: '/licences' },
      // A1 was due 2026-05-01 and is not done; A4 is past but done; A5 and A6 belong to accepted/closed risks.
      { code: 'overdueActions', count: 1, severity: 'medium', source: '/risks/actions' },
    ]);
  });
});

describe('buildBoardReport: heatmaps', () => {
  it('places the open risks in their inherent and residual cells, leaving the closed one out', () => {
    const { inherent, residual, openCount, source } = whole.heatmaps;
    expect(openCount).toBe(6);
    expect(source).toBe('/risks');
    // cells[likelihood − 1][impact − 1]
    expect(inherent[4]?.[4]?.riskIds).toEqual([r1.id]);
    expect(inherent[3]?.[3]?.riskIds).toEqual([r2.id]);
    expect(inherent[2]?.[3]?.riskIds).toEqual([r3.id]);
    expect(inherent[4]?.[3]?.riskIds).toEqual([]); // R5, 5×4, closed
    expect(residual[3]?.[4]?.riskIds).toEqual([r1.id]); // 4×5
    expect(residual[2]?.[3]?.riskIds).toEqual([r2.id, r3.id]); // both 3×4
    expect(residual[1]?.[2]?.riskIds).toEqual([r4.id]); // 2×3
    const placed = (cells: typeof inherent) =>
      cells.flat().reduce((sum, cell) => sum + cell.riskIds.length, 0);
    expect(placed(inherent)).toBe(6);
    expect(placed(residual)).toBe(6);
  });
});

describe('buildBoardReport: concentration', () => {
  it('gives each domain its HHI, band and vendor shares', () => {
    const domains = whole.concentration.domains;
    expect(domains.map(({ domain, hhi, band }) => ({ domain, hhi, band }))).toEqual([
      { domain: 'ran', hhi: 3800, band: 'high' }, // 50² + 30² + 20² (Alpha 5, Charlie 3, Delta 2 of 10)
      { domain: 'core', hhi: 5200, band: 'high' }, // 60² + 40²
      { domain: 'transport', hhi: 2500, band: 'high' }, // 4 × 25² (four vendors of weight 2)
    ]);
    expect(domains[1]?.shares).toEqual([
      {
        vendorId: bravo.id,
        vendorName: 'Bravo Core',
        share: 0.6,
        weight: 6,
        dependencyCount: 2,
        source: `/vendors/${bravo.id}`,
      },
      {
        vendorId: alpha.id,
        vendorName: 'Alpha Radio',
        share: 0.4,
        weight: 4,
        dependencyCount: 1,
        source: `/vendors/${alpha.id}`,
      },
    ]);
    expect(domains[1]?.source).toBe('/dependencies');
  });
});

describe('buildBoardReport: exposure', () => {
  it('lists high and critical vendors with direct and indirect counts and the critical dependencies', () => {
    const { criticalShare, criticalCount, exposedCount, vendors } = whole.exposure;
    expect(criticalShare).toEqual({ value: 2 / 3, source: '/' });
    expect(criticalCount.value).toBe(3);
    expect(exposedCount.value).toBe(2);
    // Charlie: own D5, D7; D3 and D9 rely on D7 → 2 + 2. Bravo: own D1, D2; D8 relies on D1 → 2 + 1.
    // Both expose one critical dependency, so Charlie (4 in all) comes before Bravo (3).
    expect(
      vendors.map(({ vendorName, level, index, direct, indirect }) => ({
        vendorName,
        level,
        index,
        direct,
        indirect,
      })),
    ).toEqual([
      { vendorName: 'Charlie Transport', level: 'high', index: null, direct: 2, indirect: 2 },
      { vendorName: 'Bravo Core', level: 'critical', index: 50, direct: 2, indirect: 1 },
    ]);
    expect(vendors[0]?.critical).toEqual([
      { dependencyId: d3.id, name: d3.name, criticality: 4, direct: false, source: `/dependencies/${d3.id}` },
    ]);
    expect(vendors[1]?.critical.map((entry) => [entry.dependencyId, entry.direct])).toEqual([[d1.id, true]]);
    expect(vendors[0]?.source).toBe(`/vendors/${charlie.id}`);
  });
});

describe('buildBoardReport: sovereignty', () => {
  it('profiles the key vendors, most concerning first', () => {
    const { vendors, keyVendorCount } = whole.sovereignty;
    // Bravo: highest rating 4 → critical, index round(100 × (4+3+2+1+0+2)/6 ÷ 4) = 50. Charlie: listed →
    // high, nothing rated. Alpha: ratings 1 and 2 → medium, index round(100 × 1.5 ÷ 4) = 38, and supplies
    // D3 and D4. Delta (none, no critical dependency) and Echo (unrated) are not key vendors.
    expect(keyVendorCount).toBe(3);
    expect(
      vendors.map(({ vendorId, level, index, criticalDependencies, listed }) => ({
        vendorId,
        level,
        index,
        criticalDependencies,
        listed,
      })),
    ).toEqual([
      { vendorId: bravo.id, level: 'critical', index: 50, criticalDependencies: 1, listed: false },
      { vendorId: charlie.id, level: 'high', index: null, criticalDependencies: 0, listed: true },
      { vendorId: alpha.id, level: 'medium', index: 38, criticalDependencies: 2, listed: false },
    ]);
    expect(vendors[0]?.ratings).toEqual({ c1a: 4, c1b: 3, c1c: 2, c1d: 1, c2: 0, c3: 2 });
    expect(vendors.map((vendor) => vendor.vendorId)).not.toContain(delta.id);
    expect(vendors.map((vendor) => vendor.vendorId)).not.toContain(echo.id);
  });
});

describe('buildBoardReport: licences', () => {
  const section = whole.licences;

  it('lists the notice deadlines of the next twelve months, soonest first', () => {
    // L4 2026-07-16, L1 2026-12-31 − 90 = 2026-10-02, L3 2027-03-31 − 30 = 2027-03-01 (before 2027-06-01);
    // L2's 2026-05-02 is already past.
    expect(
      section.noticeDeadlines.map(({ licenceId, deadline, status }) => [licenceId, deadline, status]),
    ).toEqual([
      [l4.id, '2026-07-16', 'due-soon'],
      [l1.id, '2026-10-02', 'ok'],
      [l3.id, '2027-03-01', 'ok'],
    ]);
    expect(section.noticeDeadlines[1]).toMatchObject({
      vendorName: 'Bravo Core',
      endDate: '2026-12-31',
      autoRenew: true,
      source: `/licences/${l1.id}`,
    });
  });

  it('lists the protective clauses answered no, per licence', () => {
    expect(section.missingClauses).toEqual([
      {
        licenceId: l1.id,
        title: l1.title,
        vendorName: 'Bravo Core',
        clauses: ['terminationForConvenience', 'sanctionsExit'],
        source: `/licences/${l1.id}`,
      },
      // 'partial' on step-in is not a missing clause.
      {
        licenceId: l2.id,
        title: l2.title,
        vendorName: 'Alpha Radio',
        clauses: ['changeOfControl'],
        source: `/licences/${l2.id}`,
      },
    ]);
  });

  it('lists strong and network copyleft licences and the SBOM copyleft counts per dependency', () => {
    expect(section.copyleftLicences).toEqual([
      {
        licenceId: l4.id,
        title: l4.title,
        spdxExpression: 'AGPL-3.0-only',
        licenceClass: 'network-copyleft',
        source: `/licences/${l4.id}`,
      },
    ]);
    // D9's SBOM: GPL-2.0 (strong) and LGPL-2.1 (weak) are copyleft, MIT is not. D1's Apache-2.0 is not.
    expect(section.sbomCopyleft).toEqual([
      {
        dependencyId: d9.id,
        name: d9.name,
        components: 3,
        copyleft: 2,
        strongOrNetwork: 1,
        source: `/dependencies/${d9.id}`,
      },
    ]);
  });

  it('gives the SEP/FRAND terms of standard-essential patent licences', () => {
    expect(section.sepTerms).toEqual([
      {
        licenceId: l3.id,
        title: l3.title,
        vendorName: 'Charlie Transport',
        standard: '3GPP Release 17',
        frand: true,
        royaltyBasis: 'per-unit',
        annualCost: 120_000,
        currency: 'EUR',
        source: `/licences/${l3.id}`,
      },
    ]);
  });
});

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
    const core = sections({ domains: ['core'] });
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
    const onlyCharlie = sections({ vendorIds: [charlie.id] });
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
    expect(sections({ domains: [], vendorIds: [] })).toEqual(whole);
  });
});

describe('buildBoardReport: section selection', () => {
  it('builds only the sections asked for, in the report’s order', () => {
    const report = buildBoardReport(reportData(), options({ sections: ['appendix', 'cover'] }));
    expect(report.included).toEqual(['cover', 'appendix']);
    expect(Object.keys(report.sections)).toEqual(['cover', 'appendix']);
  });
});
