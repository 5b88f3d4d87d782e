import {
  decisionSchema,
  dependencySchema,
  riskSchema,
  vendorSchema,
  type Decision,
} from '../../../shared/domain';
import type { WorkspaceRecords } from '../../../shared/workspace/workspace-data';
import { noRecords } from './workspace-file';

const stamp = '2026-11-02T09:00:00.000Z';
const meta = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdAt: stamp,
  updatedAt: stamp,
});

export const decisionIds = {
  nordic: meta(1).id,
  iberian: meta(2).id,
  north: meta(11).id,
  south: meta(12).id,
  smallCells: meta(13).id,
  risk: meta(21).id,
  decision: meta(31).id,
  stay: meta(41).id,
  second: meta(42).id,
  exit: meta(43).id,
} as const;

/**
 * "Do we stay with Nordic Radio for the RAN?" — worked by hand in tests/e2e/decision-comparison.spec.ts.
 * Nordic Radio is rated critical (a 4), Iberian Radio low (a 1). RAN: north (Nordic, criticality 5, exit
 * 24 months), south (Nordic, 3, 12 months), small cells (Iberian, 2): shares 80 % / 20 %, HHI 6,800.
 * Options: stay and renegotiate; move half of RAN north to Iberian Radio; exit the small cells. `approved`:
 * the second source chosen and approved, so locked.
 */
export const decisionWorkspace = ({ approved = false } = {}): WorkspaceRecords => {
  const vendor = (n: number, name: string, c1a: number) =>
    vendorSchema.parse({ ...meta(n), name, hqCountry: 'SE', sovereignty: { c1a } });
  const dependency = (n: number, name: string, vendorId: string, criticality: number, exitMonths?: number) =>
    dependencySchema.parse({
      ...meta(n),
      name,
      vendorId,
      kind: 'hardware',
      domain: 'ran',
      criticality,
      substitutability: 'hard',
      ...(exitMonths !== undefined && { exitMonths }),
    });
  const decision: Decision = decisionSchema.parse({
    ...meta(31),
    ...(approved && {
      status: 'approved',
      chosenOptionId: decisionIds.second,
      rationale: 'A second source halves the months at stake on RAN north.',
      reviewer: 'Head of procurement',
      approvedBy: 'Chief Technology Officer',
      approvedAt: '2026-11-03T10:00:00.000Z',
      updatedAt: '2026-11-03T10:00:00.000Z',
    }),
    question: 'Do we stay with Nordic Radio for the RAN?',
    subject: { type: 'domain', domain: 'ran' },
    owner: 'CTO office',
    options: [
      {
        id: decisionIds.stay,
        kind: 'renegotiate',
        title: 'Stay and renegotiate',
        oneOffCost: 50_000,
        monthsToImplement: 3,
        targetClauses: ['sanctionsExit'],
      },
      {
        id: decisionIds.second,
        kind: 'dual-source',
        title: 'Second source for RAN north',
        moves: [{ dependencyId: decisionIds.north, toVendorId: decisionIds.iberian, share: 50 }],
        oneOffCost: 400_000,
        monthsToImplement: 12,
        expectedResidual: { [decisionIds.risk]: [3, 4] },
      },
      {
        id: decisionIds.exit,
        kind: 'exit',
        title: 'Exit the small cells',
        moves: [{ dependencyId: decisionIds.smallCells, share: 100 }],
        annualCostDelta: -10_000,
        monthsToImplement: 6,
      },
    ],
  });
  return {
    ...noRecords(),
    vendors: [vendor(1, 'Nordic Radio', 4), vendor(2, 'Iberian Radio', 1)],
    dependencies: [
      dependency(11, 'RAN north', decisionIds.nordic, 5, 24),
      dependency(12, 'RAN south', decisionIds.nordic, 3, 12),
      dependency(13, 'RAN small cells', decisionIds.iberian, 2),
    ],
    risks: [
      riskSchema.parse({
        ...meta(21),
        title: 'Single RAN vendor',
        category: 'concentration',
        vendorIds: [decisionIds.nordic],
        likelihood: 4,
        impact: 5,
      }),
    ],
    decisions: [decision],
  };
};
