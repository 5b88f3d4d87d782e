import { describe, expect, it } from 'vitest';
import {
  candidateVendorId,
  computeConcentration,
  criticalExposure,
  prepareWhatIf,
  whatIfOption,
  type SovereigntyStatus,
} from '@shared/domain';
import { ids, option, uuid, workspace } from './fixtures';
import { context, dualSource, inHouseOption, openRanCo, replace } from './scenario';

const records = workspace();
const baseline = prepareWhatIf(records);
const openRanId = candidateVendorId(openRanCo);
const inHouseId = candidateVendorId({ name: 'In-house team' });

describe('what-if: concentration', () => {
  it('splits a dual-sourced dependency’s criticality between its two vendors (worked example)', () => {
    const [ran] = whatIfOption(baseline, context, dualSource).concentration;
    // Today: H 10, N 4, E 2 of 16 → 62.5² + 25² + 12.5² = 3,906.25 + 625 + 156.25 = 4,687.5.
    expect(ran?.before.hhi).toBe(4687.5);
    // 40 % of r1 (criticality 5) moves to N: H 5 × 0.6 + 5 = 8, N 4 + 5 × 0.4 = 6, E 2 of 16
    // → 50² + 37.5² + 12.5² = 2,500 + 1,406.25 + 156.25 = 4,062.5, still highly concentrated.
    expect(ran?.domain).toBe('ran');
    expect(ran?.after.hhi).toBe(4062.5);
    expect(ran?.after.band).toBe('high');
    expect(ran?.after.totalWeight).toBe(16);
    expect(ran?.after.shares).toEqual([
      { vendorId: ids.H, weight: 8, dependencyCount: 2, share: 0.5 },
      { vendorId: ids.N, weight: 6, dependencyCount: 2, share: 0.375 },
      { vendorId: ids.E, weight: 2, dependencyCount: 1, share: 0.125 },
    ]);
    // r1 is one dependency of the domain, though two vendors supply it.
    expect(ran?.after.dependencyCount).toBe(4);
  });

  it('agrees with the concentration function run on a hand-edited copy of the records', () => {
    // The copy: r1 replaced by its two parts, criticality 3 with H and 2 with N.
    const edited = records.dependencies
      .filter((dependency) => dependency.id !== ids.r1)
      .concat([
        { ...records.dependencies[0]!, vendorId: ids.H, criticality: 3 },
        { ...records.dependencies[0]!, vendorId: ids.N, criticality: 2 },
      ]);
    const ran = computeConcentration(edited).find((entry) => entry.domain === 'ran');
    expect(whatIfOption(baseline, context, dualSource).concentration[0]?.after.hhi).toBe(ran?.hhi);

    // Whole moves to a candidate: the copy has r1 and r2 with the candidate as vendor.
    const moved = records.dependencies.map((dependency) =>
      dependency.id === ids.r1 ? { ...dependency, vendorId: inHouseId } : dependency,
    );
    const expected = computeConcentration(moved).find((entry) => entry.domain === 'ran');
    const [ran2] = whatIfOption(baseline, context, inHouseOption).concentration;
    expect(ran2?.after).toEqual(expected);
    // In-house 5, H 5, N 4, E 2 of 16: 31.25² × 2 + 25² + 12.5² = 2,734.375.
    expect(ran2?.after.hhi).toBe(2734.375);
  });

  it('treats moves naming one candidate (case and spacing aside) as one synthetic vendor', () => {
    const [ran] = whatIfOption(baseline, context, replace).concentration;
    expect(ran?.after.shares[0]).toEqual({
      vendorId: openRanId,
      weight: 10,
      dependencyCount: 2,
      share: 0.625,
    });
    // The same market shape under another name: the HHI does not move.
    expect(ran?.after.hhi).toBe(4687.5);
  });

  it('leaves an exited share to nobody, and an emptied domain at 0', () => {
    const exit = option({
      id: uuid(104),
      kind: 'exit',
      moves: [
        { dependencyId: ids.r4, share: 100 },
        { dependencyId: ids.t1, share: 100 },
      ],
    });
    const changes = whatIfOption(
      baseline,
      { ...context, subject: { type: 'dependencies', dependencyIds: [ids.r4] } },
      exit,
    ).concentration;
    // RAN without r4: H 10, N 4 of 14 → (10/14)² + (4/14)² = (100 + 16) ÷ 196 × 10,000 ≈ 5,918.37.
    expect(changes.map((change) => change.domain)).toEqual(['ran', 'transport']);
    expect(changes[0]?.after.hhi).toBeCloseTo((116 / 196) * 10_000, 9);
    expect(changes[0]?.after.dependencyCount).toBe(3);
    expect(changes[1]?.after).toMatchObject({ hhi: 0, totalWeight: 0, dependencyCount: 0, shares: [] });
  });

  it('does not touch the records it is given', () => {
    const before = JSON.stringify(records);
    whatIfOption(baseline, context, dualSource);
    whatIfOption(baseline, context, replace);
    expect(JSON.stringify(records)).toBe(before);
  });
});

describe('what-if: exposure to high and critical vendors', () => {
  it('counts today: r1 and r2 directly, c1 through r1, t1 through c1 → r1; 4 of 5 critical', () => {
    const { before } = whatIfOption(baseline, context, dualSource).exposure;
    expect(before).toEqual({
      criticalCount: 5,
      directIds: [ids.r1, ids.r2],
      indirectIds: [ids.c1, ids.t1],
      share: 4 / 5,
      weightedCount: 4,
      partial: [],
    });
  });

  it('agrees with criticalExposure on a hand-edited copy after a whole move', () => {
    const levels = new Map<string, SovereigntyStatus>([
      [ids.H, 'critical'],
      [ids.N, 'low'],
      [ids.E, 'medium'],
      [inHouseId, 'none'],
    ]);
    const copy = records.dependencies.map((dependency) =>
      dependency.id === ids.r1 ? { ...dependency, vendorId: inHouseId } : dependency,
    );
    const expected = criticalExposure(copy, levels);
    const { after } = whatIfOption(baseline, context, inHouseOption).exposure;
    expect([...after.directIds, ...after.indirectIds].sort()).toEqual([...expected.exposedIds].sort());
    // r1 in-house: only r2 remains exposed; c1 and t1 relied on r1 and are cleared with it.
    expect(after).toMatchObject({ criticalCount: 5, directIds: [ids.r2], indirectIds: [], share: 1 / 5 });
  });

  it('still counts a dual-sourced dependency as exposed, but only for the share left with the critical vendor', () => {
    const { after } = whatIfOption(baseline, context, dualSource).exposure;
    expect(after.directIds).toEqual([ids.r1, ids.r2]);
    expect(after.indirectIds).toEqual([ids.c1, ids.t1]);
    // r1 keeps 60 % with H: it counts 0.6; the others count 1 → 0.6 + 1 + 1 + 1 = 3.6.
    expect(after.partial).toEqual([{ dependencyId: ids.r1, fraction: 0.6 }]);
    expect(after.weightedCount).toBeCloseTo(3.6, 12);
  });

  it('counts a dual-sourced dependency in full when its upstream chain exposes it anyway', () => {
    // c1 relies on r1 (H). Dual-sourcing c1 between E and H keeps it exposed through r1: it counts 1.
    const dual = option({
      id: uuid(105),
      kind: 'dual-source',
      moves: [{ dependencyId: ids.c1, toVendorId: ids.H, share: 50 }],
    });
    const { after } = whatIfOption(baseline, context, dual).exposure;
    expect(after.partial).toEqual([]);
    expect(after.weightedCount).toBe(4);
  });

  it('moves exposure onto what relies on a dependency moved to a critical vendor', () => {
    // r3 (N, low) moved wholly to H: r3 becomes directly exposed, 5 of 5.
    const toH = option({
      id: uuid(106),
      kind: 'replace',
      moves: [{ dependencyId: ids.r3, toVendorId: ids.H, share: 100 }],
    });
    const { after } = whatIfOption(baseline, context, toH).exposure;
    expect(after.directIds).toEqual([ids.r1, ids.r2, ids.r3]);
    expect(after.share).toBe(1);
    // r3 lies outside the subject (H's dependencies): it is involved all the same, today's figures included.
    const { suppliers, involvedIds } = whatIfOption(baseline, context, toH);
    expect(involvedIds).toEqual([ids.r1, ids.r2, ids.r3]);
    expect(suppliers.before.byLevel).toEqual([
      { level: 'critical', weight: 10, vendorCount: 1 },
      { level: 'low', weight: 4, vendorCount: 1 },
    ]);
    expect(suppliers.after.byLevel).toEqual([{ level: 'critical', weight: 14, vendorCount: 1 }]);
    // The next option of the same decision, without it, is back to the subject alone.
    expect(whatIfOption(baseline, context, dualSource).suppliers.before.totalWeight).toBe(10);
  });

  it('places candidates by their own ratings: none of the candidates is high or critical', () => {
    expect(whatIfOption(baseline, context, replace).exposure.after).toMatchObject({
      directIds: [],
      indirectIds: [],
      share: 0,
      weightedCount: 0,
    });
  });
});

describe('what-if: suppliers, licence, continuity, residual risks, costs', () => {
  it('gives the sovereignty mix of the suppliers of the dependencies involved, weighed by criticality', () => {
    const { before, after } = whatIfOption(baseline, context, dualSource).suppliers;
    expect(before.byLevel).toEqual([{ level: 'critical', weight: 10, vendorCount: 1 }]);
    // r1: 3 with H, 2 with N; r2: 5 with H.
    expect(after.suppliers).toEqual([
      { vendorId: ids.H, level: 'critical', weight: 8 },
      { vendorId: ids.N, level: 'low', weight: 2 },
    ]);
    expect(after.byLevel).toEqual([
      { level: 'critical', weight: 8, vendorCount: 1 },
      { level: 'low', weight: 2, vendorCount: 1 },
    ]);
    expect(after.totalWeight).toBe(10);
  });

  it('keeps the more demanding terms while today’s supply partly remains, the new ones once all is replaced', () => {
    // Subject H: r2 stays with H under its commercial contract → proprietary AND Apache-2.0 = proprietary.
    expect(whatIfOption(baseline, context, inHouseOption).licence).toEqual({
      before: 'proprietary',
      after: 'proprietary',
      licenceIds: [ids.ranContract],
      optionClass: 'permissive',
    });
    // Subject r1 alone, wholly in-house: only Apache-2.0 applies.
    const onlyR1 = { ...context, subject: { type: 'dependencies' as const, dependencyIds: [ids.r1] } };
    expect(whatIfOption(baseline, onlyR1, inHouseOption).licence.after).toBe('permissive');
    const exitR1 = option({ id: uuid(107), kind: 'exit', moves: [{ dependencyId: ids.r1, share: 100 }] });
    expect(whatIfOption(baseline, onlyR1, exitR1).licence.after).toBe('none');
  });

  it('measures continuity as criticality-weighted months at stake with the largest supplier', () => {
    const dual = whatIfOption(baseline, context, dualSource).continuity;
    // Today: r1 24 months × 100 %, r2 18 × 100 % → (5 × 24 + 5 × 18) ÷ 10 = 21.
    expect(dual.before.value).toBe(21);
    // r1 60 % with H → 14.4 months; r2 18 → (5 × 14.4 + 5 × 18) ÷ 10 = 16.2.
    expect(dual.after.value).toBeCloseTo(16.2, 12);
    expect(dual.after.dependencies[0]).toEqual({
      dependencyId: ids.r1,
      criticality: 5,
      exitMonths: 24,
      atStakePercent: 60,
      supported: false,
      monthsAtStake: 14.4,
    });
    // Replace with support continuity sought: halved → (5 × 12 + 5 × 9) ÷ 10 = 10.5.
    expect(whatIfOption(baseline, context, replace).continuity.after.value).toBe(10.5);
    // In-house r1 has no supplier to stop: (5 × 0 + 5 × 18) ÷ 10 = 9.
    expect(whatIfOption(baseline, context, inHouseOption).continuity.after.value).toBe(9);
  });

  it('reads support continuity from today’s contract with the dependency’s own vendor', () => {
    const supported = workspace();
    supported.licences[0]!.clauses.stepIn = 'yes';
    const result = whatIfOption(prepareWhatIf(supported), context, dualSource).continuity;
    // Today both halved: (5 × 12 + 5 × 9) ÷ 10 = 10.5. After: r1's 60 % with H halved (7.2) is below
    // N's unsupported 40 % (9.6), so N's share is the one at stake: (5 × 9.6 + 5 × 9) ÷ 10 = 9.3.
    expect(result.before.value).toBe(10.5);
    expect(result.after.dependencies[0]).toMatchObject({ atStakePercent: 40, supported: false });
    expect(result.after.value).toBeCloseTo(9.3, 12);
  });

  it('sets each mitigated risk’s expected residual beside today’s (which falls back to inherent)', () => {
    expect(whatIfOption(baseline, context, replace).residuals).toEqual([
      {
        riskId: ids.riskH,
        before: { likelihood: 4, impact: 4, score: 16, level: 'high' },
        expected: { likelihood: 1, impact: 4, score: 4, level: 'low' },
      },
      {
        riskId: ids.riskRan,
        before: { likelihood: 3, impact: 4, score: 12, level: 'high' },
        expected: { likelihood: 2, impact: 2, score: 4, level: 'low' },
      },
    ]);
  });

  it('adds one-off, switching and the annual change over the horizon', () => {
    expect(whatIfOption(baseline, context, replace).costs).toEqual({
      oneOff: 1000,
      switching: { equipment: 500, integration: 0, migration: 200, training: 0, licences: 0 },
      switchingTotal: 700,
      annualDelta: -100,
      horizonYears: 5,
      total: 1200,
    });
  });

  it('ignores moves of dependencies no longer recorded instead of failing', () => {
    const ghost = option({
      id: uuid(108),
      kind: 'replace',
      moves: [{ dependencyId: uuid(999), toVendorId: ids.N, share: 100 }],
    });
    const result = whatIfOption(baseline, context, ghost);
    expect(result.involvedIds).toEqual([ids.r1, ids.r2]);
    expect(result.concentration[0]?.after.hhi).toBe(4687.5);
  });
});
