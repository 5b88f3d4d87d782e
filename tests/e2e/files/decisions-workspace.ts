import { decisionSchema, type Decision, type Dependency, type Vendor } from '../../../shared/domain';
import type { WorkspaceRecords } from '../../../shared/workspace/workspace-data';
import { noRecords } from './workspace-file';

const stamp = '2026-01-05T09:00:00.000Z';
const meta = () => ({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp });
const unrated = { c1a: null, c1b: null, c1c: null, c1d: null, c2: null, c3: null };

const vendor = (name: string): Vendor => ({
  ...meta(),
  name,
  hqCountry: 'FI',
  ownership: 'private',
  jurisdictions: [],
  listings: [],
  certifications: [],
  sovereignty: unrated,
  contacts: [],
  tags: [],
  notes: '',
  roles: ['supplier'],
  aliases: [],
});

const dependency = (name: string, vendorId: string, criticality: number): Dependency => ({
  ...meta(),
  name,
  vendorId,
  kind: 'hardware',
  domain: 'ran',
  criticality,
  substitutability: 'hard',
  vendorRemoteAccess: false,
  dataLocations: [],
  upstreamIds: [],
  tags: [],
  notes: '',
  standards: [],
});

const alpha = vendor('Alpha');
const beta = vendor('Beta');
const gamma = vendor('Gamma');
const alphaRadio = dependency('Alpha radio', alpha.id, 5);
const betaRadio = dependency('Beta radio', beta.id, 3);
const gammaRadio = dependency('Gamma radio', gamma.id, 2);

export const ranQuestion = 'How do we reduce our dependence on Alpha in the RAN?';

/**
 * RAN: Alpha 5, Beta 3, Gamma 2 of 10, HHI 50² + 30² + 20² = 3,800. Three options, default weights,
 * nothing chosen yet:
 * - stay with Alpha: 20,000 once, 2 months, HHI 3,800;
 * - second source: 40 % of Alpha radio to Gamma (Alpha 3, Beta 3, Gamma 4: 900 + 900 + 1,600 = 3,400),
 *   150,000 once, 12 months;
 * - replace Beta by Gamma: Beta radio wholly to Gamma (Alpha 5, Gamma 5: 5,000), 90,000 once, 9 months.
 * Sovereignty (no rated vendor), continuity (no exit months) and licences (none) are equal: 50 points to
 * each. Cost scores 100, 0, 100 × 60/130 = 46.15; time 100, 0, 30; concentration 100 × 1,200/1,600 = 75,
 * 100, 0. Weighted: stay 50 + 20 + 10 + 15 = 95 (first), second source 50 + 20 = 70, replace
 * 50 + 9.23 + 3 = 62.2.
 */
const question = (): Decision =>
  decisionSchema.parse({
    ...meta(),
    question: ranQuestion,
    subject: { type: 'domain', domain: 'ran' },
    owner: 'Head of radio',
    dueDate: '2099-12-31',
    options: [
      {
        id: crypto.randomUUID(),
        kind: 'renegotiate',
        title: 'Stay with Alpha',
        oneOffCost: 20_000,
        monthsToImplement: 2,
      },
      {
        id: crypto.randomUUID(),
        kind: 'dual-source',
        title: 'Second source from Gamma',
        moves: [{ dependencyId: alphaRadio.id, toVendorId: gamma.id, share: 40 }],
        oneOffCost: 150_000,
        monthsToImplement: 12,
      },
      {
        id: crypto.randomUUID(),
        kind: 'replace',
        title: 'Replace Beta by Gamma',
        moves: [{ dependencyId: betaRadio.id, toVendorId: gamma.id, share: 100 }],
        oneOffCost: 90_000,
        monthsToImplement: 9,
      },
    ],
  });

/** The RAN vendors, their radios and the open question about them. */
export const decisionsWorkspace = (): WorkspaceRecords => ({
  ...noRecords(),
  vendors: [alpha, beta, gamma],
  dependencies: [alphaRadio, betaRadio, gammaRadio],
  decisions: [question()],
});
