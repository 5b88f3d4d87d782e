import { describe, expect, it } from 'vitest';
import {
  alpha,
  bravo,
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
  reportSections,
} from '../fixtures/report-workspace';

/** The board report model: concentration, exposure, sovereignty and licences, on the fixture workspace. */
const whole = reportSections();

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
