import {
  decisionOptionSchema,
  licenceClausesSchema,
  type DecisionOption,
  type DecisionOptionInput,
  type WhatIfDependency,
  type WhatIfLicence,
  type WhatIfRecords,
  type WhatIfRisk,
  type WhatIfVendor,
} from '@shared/domain';

/** A UUID that reads as a number in a failing test. */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

type Ratings = Partial<Record<'c1a' | 'c1b' | 'c1c' | 'c1d' | 'c2' | 'c3', number>>;

export const vendor = (id: string, ratings: Ratings = {}): WhatIfVendor => ({
  id,
  sovereignty: { c1a: null, c1b: null, c1c: null, c1d: null, c2: null, c3: null, ...ratings },
  listings: [],
});

export const dependency = (
  id: string,
  vendorId: string,
  domain: WhatIfDependency['domain'],
  criticality: number,
  extra: Partial<WhatIfDependency> = {},
): WhatIfDependency => ({ id, vendorId, domain, criticality, upstreamIds: [], ...extra });

export const licence = (
  id: string,
  dependencyIds: string[],
  extra: Partial<WhatIfLicence> = {},
): WhatIfLicence => ({
  id,
  type: 'commercial',
  dependencyIds,
  clauses: licenceClausesSchema.parse({}),
  ...extra,
});

export const risk = (
  id: string,
  likelihood: number,
  impact: number,
  extra: Partial<WhatIfRisk> = {},
): WhatIfRisk => ({
  id,
  likelihood,
  impact,
  ...extra,
});

/** An option as the schema stores it (defaults filled), ids given in full. */
export const option = (input: Omit<DecisionOptionInput, 'title'> & { title?: string }): DecisionOption =>
  decisionOptionSchema.parse({ title: `Option ${input.kind}`, ...input });

/**
 * The worked workspace of the decision tests.
 * Vendors: H (a rating of 4: critical), N (1: low), E (2: medium), U (unrated).
 * RAN: r1 H c5 (exit 24 months), r2 H c5 (18), r3 N c4 (12), r4 E c2 — weights H 10, N 4, E 2 of 16.
 * Core: c1 E c5 relies on r1; c2 N c3. Transport: t1 U c4 relies on c1.
 * The RAN contract with H (on r1 and r2) is commercial, without support continuity.
 */
export const ids = {
  H: uuid(1),
  N: uuid(2),
  E: uuid(3),
  U: uuid(4),
  r1: uuid(11),
  r2: uuid(12),
  r3: uuid(13),
  r4: uuid(14),
  c1: uuid(21),
  c2: uuid(22),
  t1: uuid(31),
  ranContract: uuid(41),
  riskH: uuid(51),
  riskRan: uuid(52),
} as const;

export const workspace = (): WhatIfRecords => ({
  vendors: [
    vendor(ids.H, { c1a: 4, c2: 2 }),
    vendor(ids.N, { c1a: 1 }),
    vendor(ids.E, { c1a: 2 }),
    vendor(ids.U),
  ],
  dependencies: [
    dependency(ids.r1, ids.H, 'ran', 5, { exitMonths: 24 }),
    dependency(ids.r2, ids.H, 'ran', 5, { exitMonths: 18 }),
    dependency(ids.r3, ids.N, 'ran', 4, { exitMonths: 12 }),
    dependency(ids.r4, ids.E, 'ran', 2),
    dependency(ids.c1, ids.E, 'core', 5, { upstreamIds: [ids.r1] }),
    dependency(ids.c2, ids.N, 'core', 3),
    dependency(ids.t1, ids.U, 'transport', 4, { upstreamIds: [ids.c1] }),
  ],
  licences: [licence(ids.ranContract, [ids.r1, ids.r2], { vendorId: ids.H })],
  risks: [risk(ids.riskH, 4, 5, { residualLikelihood: 4, residualImpact: 4 }), risk(ids.riskRan, 3, 4)],
});
