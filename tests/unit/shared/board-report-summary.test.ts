import { describe, expect, it } from 'vitest';
import { r1, r2, r3, r4, r6, today, reportSections } from '../fixtures/report-workspace';

/** The board report model: cover, executive summary and heatmaps, on the fixture workspace. */
const whole = reportSections();

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
