import { describe, expect, it } from 'vitest';
import {
  applyMoves,
  assessSovereignty,
  buildDependencyGraph,
  criticalExposure,
  criticalThreshold,
  isHighOrCritical,
  networkDomainValues,
  prepareWhatIf,
  presentPercent,
  unmovedParts,
  walkDependents,
  whatIfOption,
  type DependencyMove,
  type WhatIfRecords,
} from '@shared/domain';
import { dependency, option, uuid, vendor } from './fixtures';

/** mulberry32: the same workspaces on every run. */
const random = (seed: number): (() => number) => {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const below = (next: () => number, n: number): number => Math.floor(next() * n);

/** Vendors of every sovereignty level, dependencies with up to three upstream links anywhere (cycles too). */
const randomWorkspace = (next: () => number): WhatIfRecords => {
  const vendors = Array.from({ length: 2 + below(next, 8) }, (_, i) =>
    vendor(uuid(1 + i), next() < 0.2 ? {} : { c1a: below(next, 5), c2: below(next, 5) }),
  );
  const count = 5 + below(next, 60);
  const dependencies = Array.from({ length: count }, (_, i) =>
    dependency(
      uuid(1000 + i),
      vendors[below(next, vendors.length)]!.id,
      networkDomainValues[below(next, 3)]!,
      1 + below(next, 5),
      { upstreamIds: Array.from({ length: below(next, 4) }, () => uuid(1000 + below(next, count + 3))) },
    ),
  );
  return { vendors, dependencies, licences: [], risks: [] };
};

/** Moves of some dependencies, in part or whole, to a recorded vendor, a candidate, or nobody (exit). */
const randomMoves = (next: () => number, records: WhatIfRecords): DependencyMove[] => {
  const sovereignty = { c1a: below(next, 5), c1b: null, c1c: null, c1d: null, c2: null, c3: null };
  return records.dependencies
    .filter(() => next() < 0.3)
    .flatMap((moved): DependencyMove[] => {
      const share = next() < 0.5 ? 100 : 10 * (1 + below(next, 9));
      const to = below(next, 3);
      if (to === 0) {
        const target = records.vendors[below(next, records.vendors.length)]!.id;
        return target === moved.vendorId ? [] : [{ dependencyId: moved.id, toVendorId: target, share }];
      }
      if (to === 1)
        return [
          { dependencyId: moved.id, candidate: { name: 'Candidate', hqCountry: 'FR', sovereignty }, share },
        ];
      return [{ dependencyId: moved.id, share }];
    });
};

/**
 * The exposure after the option worked out from scratch: every dependency's supply under the option,
 * the sources among them, one walk of the whole graph, and every critical dependency still supplied.
 */
const fullExposure = (records: WhatIfRecords, moves: DependencyMove[]) => {
  const supply = applyMoves({ moves }, prepareWhatIf(records));
  const graph = buildDependencyGraph(records.dependencies);
  const riskyPercent = (id: string, vendorId: string) =>
    (supply.parts.get(id) ?? unmovedParts({ vendorId })).reduce(
      (sum, part) =>
        sum + (part.vendorId !== null && isHighOrCritical(supply.levelOf(part.vendorId)) ? part.percent : 0),
      0,
    );
  const present = (id: string, vendorId: string) =>
    presentPercent(supply.parts.get(id) ?? unmovedParts({ vendorId }));
  const sources = records.dependencies.filter((d) => riskyPercent(d.id, d.vendorId) > 0).map((d) => d.id);
  const partlyRisky = new Set(
    records.dependencies
      .filter(
        (d) =>
          riskyPercent(d.id, d.vendorId) > 0 && riskyPercent(d.id, d.vendorId) < present(d.id, d.vendorId),
      )
      .map((d) => d.id),
  );
  const reached = walkDependents(graph, sources);
  const others = walkDependents(
    graph,
    sources.filter((id) => !partlyRisky.has(id)),
  );
  const counted = records.dependencies.filter(
    (d) => d.criticality >= criticalThreshold && present(d.id, d.vendorId) > 0,
  );
  const exposed = counted.filter((d) => reached.has(d.id)).map((d) => d.id);
  const partial = counted
    .filter((d) => partlyRisky.has(d.id) && !others.has(d.id))
    .map((d) => ({
      dependencyId: d.id,
      fraction: riskyPercent(d.id, d.vendorId) / present(d.id, d.vendorId),
    }));
  return {
    criticalCount: counted.length,
    directIds: exposed.filter((id) => sources.includes(id)),
    indirectIds: exposed.filter((id) => !sources.includes(id)),
    share: counted.length === 0 ? null : exposed.length / counted.length,
    weightedCount: partial.reduce((sum, entry) => sum - (1 - entry.fraction), exposed.length),
    partial,
  };
};

describe('what-if exposure: only what the moves touch is worked out again', () => {
  it('equals the exposure worked out from scratch, today and after each option (300 random workspaces)', () => {
    const next = random(11);
    for (let run = 0; run < 300; run += 1) {
      const records = randomWorkspace(next);
      const baseline = prepareWhatIf(records);
      const levels = new Map(records.vendors.map((v) => [v.id, assessSovereignty(v).level]));
      const today = criticalExposure(records.dependencies, levels);
      const moves = randomMoves(next, records);
      const context = { subject: { type: 'domain' as const, domain: 'ran' as const }, costHorizonYears: 5 };
      // Moves of every kind in one option (the schema would ask for an exit option to exit): the what-if takes any.
      const mixed = { ...option({ id: uuid(99), kind: 'replace' }), moves };
      const { exposure } = whatIfOption(baseline, context, mixed);
      expect([...exposure.before.directIds, ...exposure.before.indirectIds].sort()).toEqual(
        [...today.exposedIds].sort(),
      );
      expect(exposure.before).toEqual(fullExposure(records, []));
      expect(exposure.after).toEqual(fullExposure(records, moves));
    }
  });
});
