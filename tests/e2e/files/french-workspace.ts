import { writeFileSync } from 'node:fs';
import { digitalSovereigntyChecklist } from '../../../shared/checklists/digital-sovereignty';
import { euToolboxChecklist } from '../../../shared/checklists/eu-5g-toolbox';
import { licenceIpChecklist } from '../../../shared/checklists/licence-ip';
import { supplierRiskProfileChecklist } from '../../../shared/checklists/supplier-risk-profile';
import type {
  Assessment,
  AuditEvent,
  Checklist,
  Dependency,
  Licence,
  ReferenceEntry,
  Risk,
  SbomComponent,
  Vendor,
} from '../../../shared/domain';
import type { WorkspaceRecords } from '../../../shared/workspace/workspace-data';
import { buildWorkspaceFile } from '../../../shared/workspace/workspace-file';

/** A YYYY-MM-DD date `days` from today (UTC), so deadlines and calendar entries fall near the walk. */
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const created = new Date(Date.now() - 30 * 86_400_000).toISOString();
const meta = (id: string) => ({ id, createdAt: created, updatedAt: created });
const uuid = (n: number) => `0f1e2d3c-4b5a-4697-8877-${String(n).padStart(12, '0')}`;

/** The ids the walk opens pages by. */
export const ids = {
  radiocom: uuid(1),
  cables: uuid(2),
  dragon: uuid(3),
  station: uuid(11),
  coeur: uuid(12),
  fibre: uuid(13),
  puce: uuid(14),
  ranLicence: uuid(21),
  sepLicence: uuid(22),
  openLicence: uuid(23),
  singleCore: uuid(31),
  sanctions: uuid(32),
  finding: uuid(33),
  ownChecklist: uuid(41),
  profile: uuid(51),
  toolbox: uuid(52),
  licenceReview: uuid(53),
  sovereignty: uuid(54),
};

const vendor = (id: string, fields: Partial<Vendor> & Pick<Vendor, 'name' | 'hqCountry'>): Vendor => ({
  ...meta(id),
  ownership: 'private',
  jurisdictions: [],
  listings: [],
  certifications: [],
  sovereignty: { c1a: null, c1b: null, c1c: null, c1d: null, c2: null, c3: null },
  contacts: [],
  tags: [],
  notes: '',
  roles: ['supplier'],
  aliases: [],
  ...fields,
});

const vendors: Vendor[] = [
  vendor(ids.radiocom, {
    name: 'Radiocom Nordique',
    legalName: 'Radiocom Nordique Oy',
    hqCountry: 'FI',
    ownership: 'listed',
    jurisdictions: ['FI', 'SE'],
    certifications: [{ scheme: 'NESAS', reference: 'GSMA-2025-117', validUntil: inDays(400) }],
    sovereignty: { c1a: 1, c1b: 0, c1c: 1, c1d: 1, c2: 2, c3: 1, rationale: 'Groupe coté, siège à Espoo.' },
    contacts: [{ name: 'Élodie Marchand', role: 'Responsable de compte', email: 'elodie@radiocom.example' }],
    notes: 'Fournisseur historique de la radio.',
  }),
  vendor(ids.cables, { name: 'Câbles Atlantique', hqCountry: 'FR' }),
  vendor(ids.dragon, {
    name: 'Dragon Réseaux',
    hqCountry: 'CN',
    ownership: 'state-influenced',
    stateOwnershipPct: 30,
    listings: [{ list: 'fcc-covered', since: '2021-03-12', note: 'Inscrit par la FCC.' }],
    sovereignty: { c1a: 4, c1b: 3, c1c: 3, c1d: 4, c2: 3, c3: 2, rationale: 'Liens étroits avec l’État.' },
  }),
];

const dependency = (
  id: string,
  fields: Partial<Dependency> & Pick<Dependency, 'name' | 'vendorId' | 'kind' | 'domain' | 'criticality'>,
): Dependency => ({
  ...meta(id),
  substitutability: 'moderate',
  vendorRemoteAccess: false,
  dataLocations: [],
  upstreamIds: [],
  tags: [],
  notes: '',
  standards: [],
  ...fields,
});

const dependencies: Dependency[] = [
  dependency(ids.station, {
    name: 'Station de base 5G',
    vendorId: ids.radiocom,
    kind: 'hardware',
    domain: 'ran',
    criticality: 5,
    footprintPct: 60,
    substitutability: 'hard',
    exitMonths: 24,
    vendorRemoteAccess: true,
    dataLocations: ['FI'],
    upstreamIds: [ids.puce],
  }),
  dependency(ids.coeur, {
    name: 'Cœur de réseau paquets',
    vendorId: ids.dragon,
    kind: 'software',
    domain: 'core',
    criticality: 4,
    substitutability: 'none',
  }),
  dependency(ids.fibre, {
    name: 'Liaison fibre ouest',
    vendorId: ids.cables,
    kind: 'service',
    domain: 'transport',
    criticality: 3,
  }),
  dependency(ids.puce, {
    name: 'Puce bande de base',
    vendorId: ids.dragon,
    kind: 'component',
    domain: 'ran',
    criticality: 4,
    substitutability: 'hard',
  }),
];

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
    ...meta(ids.ranLicence),
    title: 'Licence logicielle RAN',
    type: 'commercial',
    vendorId: ids.radiocom,
    dependencyIds: [ids.station],
    startDate: '2023-01-01',
    endDate: inDays(60),
    noticeDays: 90,
    autoRenew: true,
    governingLaw: 'FR',
    annualCost: 120000,
    currency: 'EUR',
    royaltyBasis: 'fixed',
    clauses: {
      ...unknownClauses,
      terminationForConvenience: 'yes',
      changeOfControl: 'partial',
      sanctionsExit: 'no',
      auditRights: 'yes',
    },
    fieldOfUse: 'Réseau mobile national',
    notes: '',
  },
  {
    ...meta(ids.sepLicence),
    title: 'Brevets essentiels 5G',
    type: 'patent-sep',
    vendorId: ids.dragon,
    dependencyIds: [ids.puce],
    standard: '3GPP R17',
    frand: true,
    startDate: '2024-01-01',
    endDate: inDays(200),
    noticeDays: 30,
    autoRenew: false,
    royaltyBasis: 'per-unit',
    clauses: { ...unknownClauses, ipIndemnity: 'yes', exportControl: 'partial' },
    notes: '',
  },
  {
    ...meta(ids.openLicence),
    title: 'Bibliothèque libre',
    type: 'open-source',
    dependencyIds: [ids.coeur],
    spdxExpression: 'Apache-2.0',
    autoRenew: false,
    clauses: unknownClauses,
    notes: '',
  },
];

const risks: Risk[] = [
  {
    ...meta(ids.singleCore),
    title: 'Fournisseur unique pour le cœur de réseau',
    description: 'Aucune solution de repli qualifiée.',
    category: 'concentration',
    vendorIds: [ids.dragon],
    dependencyIds: [ids.coeur],
    licenceIds: [],
    likelihood: 4,
    impact: 5,
    residualLikelihood: 3,
    residualImpact: 4,
    treatment: 'mitigate',
    status: 'treating',
    owner: 'Chloé Lambert',
    reviewDate: inDays(10),
    actions: [
      {
        id: uuid(61),
        title: 'Qualifier un second fournisseur',
        owner: 'Chloé Lambert',
        dueDate: inDays(20),
        status: 'doing',
      },
      { id: uuid(62), title: 'Renégocier la réversibilité', dueDate: inDays(-5), status: 'todo' },
    ],
  },
  {
    ...meta(ids.sanctions),
    title: 'Exposition aux sanctions',
    description: '',
    category: 'sanctions-export',
    vendorIds: [ids.dragon],
    dependencyIds: [],
    licenceIds: [ids.sepLicence],
    likelihood: 2,
    impact: 4,
    treatment: 'accept',
    status: 'open',
    actions: [],
  },
  {
    ...meta(ids.finding),
    title: 'Criblage des listes incomplet',
    description: 'Constat de l’évaluation du profil de risque.',
    category: 'sanctions-export',
    vendorIds: [ids.dragon],
    dependencyIds: [],
    licenceIds: [],
    likelihood: 3,
    impact: 3,
    treatment: 'mitigate',
    status: 'open',
    actions: [],
    source: { assessmentId: ids.profile, itemId: 'srp-lists-screened' },
  },
];

const ownChecklist: Checklist = {
  ...meta(ids.ownChecklist),
  name: 'Notre grille interne',
  version: '1',
  builtIn: false,
  subjectType: 'vendor',
  sections: [
    {
      id: 'gouvernance',
      title: 'Gouvernance',
      items: [
        {
          id: 'politique',
          text: 'Le fournisseur a-t-il une politique de sécurité ?',
          answerType: 'yes-no',
          weight: 1,
        },
        { id: 'maturite', text: 'Maturité de la gestion des correctifs', answerType: 'maturity', weight: 2 },
      ],
    },
  ],
};

const answeredAt = created;
const assessment = (
  id: string,
  checklist: Checklist,
  subject: Assessment['subject'],
  fields: Partial<Assessment>,
): Assessment => ({
  ...meta(id),
  checklistId: checklist.id,
  checklistVersion: checklist.version,
  subject,
  status: 'draft',
  answers: {},
  revision: 1,
  ...fields,
});

const assessments: Assessment[] = [
  assessment(
    ids.profile,
    supplierRiskProfileChecklist,
    { type: 'vendor', id: ids.dragon },
    {
      status: 'in-review',
      reviewer: 'Chloé Lambert',
      dueDate: inDays(15),
      answers: {
        'srp-c1a': { value: 4, comment: 'Liens étroits avec l’État', evidenceIds: [], answeredAt },
        'srp-lists-screened': { value: 'partial', evidenceIds: [], answeredBy: 'Inès Moreau', answeredAt },
        'srp-c2': { value: 3, evidenceIds: [] },
      },
    },
  ),
  assessment(
    ids.toolbox,
    euToolboxChecklist,
    { type: 'vendor', id: ids.radiocom },
    {
      dueDate: inDays(40),
      answers: {
        'eu5g-sm03-risk-profile': { value: 'yes', evidenceIds: [] },
        'eu5g-sm03-key-assets': { value: 'no', comment: 'Inventaire à faire', evidenceIds: [] },
      },
    },
  ),
  assessment(
    ids.licenceReview,
    licenceIpChecklist,
    { type: 'licence', id: ids.sepLicence },
    {
      status: 'approved',
      conclusion: 'warning',
      reviewer: 'Chloé Lambert',
      approvedBy: 'Inès Moreau',
      approvedAt: created,
      nextReviewDate: inDays(25),
      answers: {
        'lic-sep-coverage': { value: 'yes', evidenceIds: [] },
        'lic-sep-channel': { value: 'Pool de brevets', evidenceIds: [] },
      },
    },
  ),
  assessment(ids.sovereignty, digitalSovereigntyChecklist, { type: 'dependency', id: ids.station }, {}),
];

const sbomComponents: SbomComponent[] = [
  {
    ...meta(uuid(71)),
    dependencyId: ids.coeur,
    name: 'openssl',
    version: '3.0.13',
    purl: 'pkg:generic/openssl@3.0.13',
    licences: ['Apache-2.0'],
  },
];

const referenceEntries: ReferenceEntry[] = [
  {
    ...meta(uuid(81)),
    list: 'fcc-covered',
    name: 'Dragon Réseaux',
    aliases: ['Dragon'],
    since: '2021-03-12',
  },
];

const auditLog: AuditEvent[] = [
  {
    id: uuid(91),
    at: created,
    actor: 'Inès Moreau',
    table: 'vendors',
    recordId: ids.radiocom,
    action: 'create',
  },
  {
    id: uuid(92),
    at: created,
    actor: 'Inès Moreau',
    table: 'risks',
    recordId: ids.singleCore,
    action: 'update',
    changes: { status: ['open', 'treating'] },
  },
];

/** A small workspace of French records: every screen has something to show, all of it in French. */
export const frenchWorkspace = (): WorkspaceRecords => ({
  vendors,
  dependencies,
  licences,
  risks,
  checklists: [ownChecklist],
  assessments,
  evidence: [],
  auditLog,
  reports: [],
  sbomComponents,
  referenceEntries,
  declarationSets: [],
  royaltyRates: [],
  decisions: [],
});

/** The words of the seeded records that the detector must not take for the app's English. */
export const seededWords: readonly string[] = ['openssl', 'NESAS', 'Apache-2.0', 'Radiocom Nordique Oy'];

/** Writes the workspace as a backup file the Settings screen restores. */
export const writeFrenchWorkspace = async (path: string): Promise<void> => {
  const built = await buildWorkspaceFile({
    records: frenchWorkspace(),
    evidenceFiles: new Map(),
    organisation: { name: 'Opérateur Atlantique', country: 'FR' },
    app: { name: 'Diligence Workbench', version: '0.1.0' },
    exportedAt: new Date().toISOString(),
  });
  if (!built.ok) throw new Error('The French workspace file was not built.');
  writeFileSync(path, new Uint8Array(await built.file.arrayBuffer()));
};
