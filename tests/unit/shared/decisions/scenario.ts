import type { DecisionOption } from '@shared/domain';
import { ids, option, uuid } from './fixtures';

/** "Do we stay with H for RAN?" — the three options the what-if and comparison tests work through. */
export const context = { subject: { type: 'vendor' as const, vendorId: ids.H }, costHorizonYears: 5 };

export const openRanCo = {
  name: 'Open RAN Co',
  hqCountry: 'FR',
  sovereignty: { c1a: 1, c1b: 0, c1c: null, c1d: null, c2: 0, c3: null },
};

export const inHouse = {
  name: 'In-house team',
  hqCountry: 'FR',
  sovereignty: { c1a: 0, c1b: 0, c1c: 0, c1d: 0, c2: 0, c3: 0 },
};

/** A: move 40 % of r1 to N. Cost 100 + 50 + 20 × 5 = 250; 6 months. */
export const dualSource: DecisionOption = option({
  id: uuid(101),
  kind: 'dual-source',
  moves: [{ dependencyId: ids.r1, toVendorId: ids.N, share: 40 }],
  oneOffCost: 100,
  switchingCosts: { integration: 50 },
  annualCostDelta: 20,
  monthsToImplement: 6,
  expectedResidual: { [ids.riskH]: [3, 4] },
});

/** B: move r1 and r2 wholly to a candidate, with support continuity. Cost 1,000 + 700 − 100 × 5 = 1,200; 24 months. */
export const replace: DecisionOption = option({
  id: uuid(102),
  kind: 'replace',
  moves: [
    { dependencyId: ids.r1, candidate: openRanCo, share: 100 },
    { dependencyId: ids.r2, candidate: { ...openRanCo, name: '  open ran  CO ' }, share: 100 },
  ],
  oneOffCost: 1000,
  switchingCosts: { equipment: 500, migration: 200 },
  annualCostDelta: -100,
  monthsToImplement: 24,
  targetClauses: ['supportContinuity', 'sanctionsExit'],
  expectedResidual: { [ids.riskH]: [1, 4], [ids.riskRan]: [2, 2] },
});

/** C: take r1 in-house on open source. Cost 300 + 100 = 400; 12 months. */
export const inHouseOption: DecisionOption = option({
  id: uuid(103),
  kind: 'open-or-in-house',
  moves: [{ dependencyId: ids.r1, candidate: inHouse, share: 100 }],
  oneOffCost: 300,
  switchingCosts: { training: 100 },
  monthsToImplement: 12,
  spdxExpression: 'Apache-2.0',
});
