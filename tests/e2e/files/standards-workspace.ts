import type { Dependency, Licence, Vendor } from '../../../shared/domain';
import type { DeclarationSet, RoyaltyRate } from '../../../shared/domain/standards';
import type { WorkspaceRecords } from '../../../shared/workspace/workspace-data';
import { noRecords } from './workspace-file';

/**
 * A workspace with standards in use, declarations imported and rates recorded (as unit-tested in
 * tests/unit/fixtures/report-standards.ts, whose arithmetic holds here):
 * - declarations in force (template): TS 38.331 — Nordic Radio 40, Eastern Telecom 40, Harbour Chips 20;
 *   TS 36.331 — Eastern 30, Lone Inventor (no vendor, no country) 10; TS 23.501 — Nordic 10;
 * - gNodeB (hardware, criticality 5, TS 38.331 + TS 36.331, 1,000 EUR a unit), Core AMF (software, 4, TS
 *   23.501, its supply contract indemnifies IP), IoT module (component, 3, TS 36.331);
 * - our SEP licence with Nordic covers TS 38.331; Eastern charges 2.50 USD a unit, Harbour 1 %.
 * Uncovered: TS 36.331 100 %, TS 38.331 60 %, TS 23.501 0 %. By country: China 2 holders 60 %, Finland 1
 * holder 33.3 %, unknown 1 holder 6.7 %. The gNodeB's stack: 10 EUR + 2.50 USD per unit.
 */
const created = '2026-05-01T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: created, updatedAt: created });
const uuid = (n: number) => `5e7a1c00-4b5a-4697-8877-${String(n).padStart(12, '0')}`;

export const ids = {
  nordic: uuid(1),
  eastern: uuid(2),
  harbour: uuid(3),
  gNodeB: uuid(11),
  amf: uuid(12),
  iotModule: uuid(13),
  sepLicence: uuid(21),
  amfContract: uuid(22),
  declarations: uuid(31),
};

const vendor = (id: string, name: string, hqCountry: string, roles: Vendor['roles']): Vendor => ({
  ...meta(id),
  name,
  hqCountry,
  ownership: 'private',
  jurisdictions: [],
  listings: [],
  certifications: [],
  sovereignty: { c1a: null, c1b: null, c1c: null, c1d: null, c2: null, c3: null },
  contacts: [],
  tags: [],
  notes: '',
  roles,
  aliases: [],
});

const dependency = (
  id: string,
  fields: Pick<Dependency, 'name' | 'vendorId' | 'kind' | 'domain' | 'criticality' | 'standards'> &
    Partial<Dependency>,
): Dependency => ({
  ...meta(id),
  substitutability: 'moderate',
  vendorRemoteAccess: false,
  dataLocations: [],
  upstreamIds: [],
  tags: [],
  notes: '',
  ...fields,
});

const unknownClauses = {
  terminationForConvenience: 'unknown',
  changeOfControl: 'unknown',
  sanctionsExit: 'unknown',
  auditRights: 'unknown',
  sourceEscrow: 'unknown',
  ipIndemnity: 'unknown',
  exportControl: 'unknown',
  dataLocalisation: 'unknown',
  stepIn: 'unknown',
  supportContinuity: 'unknown',
} as const;

const licences: Licence[] = [
  {
    ...meta(ids.sepLicence),
    title: 'Nordic NR licence',
    type: 'patent-sep',
    vendorId: ids.nordic,
    dependencyIds: [],
    standard: 'TS 38.331',
    autoRenew: false,
    clauses: unknownClauses,
    notes: '',
  },
  {
    ...meta(ids.amfContract),
    title: 'AMF supply contract',
    type: 'commercial',
    vendorId: ids.nordic,
    dependencyIds: [ids.amf],
    autoRenew: false,
    clauses: { ...unknownClauses, ipIndemnity: 'yes' },
    notes: '',
  },
];

const holder = (key: string, name: string, families: number) => ({ key, name, spellings: [], families });

const declarations: DeclarationSet = {
  ...meta(ids.declarations),
  source: 'template',
  fileName: 'declarations-2026.csv',
  sha256: 'a'.repeat(64),
  importedAt: created,
  rowCount: 150,
  aggregates: {
    families: 150,
    holders: [
      holder('eastern telecom', 'Eastern Telecom', 70),
      holder('harbour chips', 'Harbour Chips', 20),
      holder('lone inventor', 'Lone Inventor', 10),
      holder('nordic radio', 'Nordic Radio', 50),
    ],
    standards: [
      { number: 'TS 23.501', families: [[3, 10]] },
      {
        number: 'TS 36.331',
        families: [
          [0, 30],
          [2, 10],
        ],
      },
      {
        number: 'TS 38.331',
        families: [
          [0, 40],
          [1, 20],
          [3, 40],
        ],
      },
    ],
    generations: [],
  },
};

const rate = (n: number, holderId: string, fields: Pick<RoyaltyRate, 'basis' | 'value' | 'currency'>) => ({
  ...meta(uuid(40 + n)),
  holderId,
  source: 'Published rate card',
  ...fields,
});

/** The records of the workspace, to write as a workspace file and restore. */
export const standardsWorkspace = (): WorkspaceRecords => ({
  ...noRecords(),
  vendors: [
    vendor(ids.nordic, 'Nordic Radio', 'FI', ['supplier', 'patent-holder']),
    vendor(ids.eastern, 'Eastern Telecom', 'CN', ['patent-holder']),
    vendor(ids.harbour, 'Harbour Chips', 'CN', ['supplier']),
  ],
  dependencies: [
    dependency(ids.gNodeB, {
      name: 'gNodeB',
      vendorId: ids.nordic,
      kind: 'hardware',
      domain: 'ran',
      criticality: 5,
      standards: ['TS 38.331', 'TS 36.331'],
      unitPrice: { amount: 1000, currency: 'EUR' },
    }),
    dependency(ids.amf, {
      name: 'Core AMF',
      vendorId: ids.nordic,
      kind: 'software',
      domain: 'core',
      criticality: 4,
      standards: ['TS 23.501'],
    }),
    dependency(ids.iotModule, {
      name: 'IoT module',
      vendorId: ids.harbour,
      kind: 'component',
      domain: 'ran',
      criticality: 3,
      standards: ['TS 36.331'],
    }),
  ],
  licences,
  declarationSets: [declarations],
  royaltyRates: [
    rate(1, ids.eastern, { basis: 'per-unit', value: 2.5, currency: 'USD' }),
    rate(2, ids.harbour, { basis: 'percent', value: 1 }),
    rate(3, ids.nordic, { basis: 'per-unit', value: 3, currency: 'EUR' }),
  ],
});
