import type {
  AuditEvent,
  Dependency,
  Licence,
  ReferenceEntry,
  Risk,
  SbomComponent,
  Vendor,
} from '../../../../shared/domain';
import { created, ids, inDays, meta, uuid } from './records';

/** The French workspace's register: vendors, dependencies, licences, risks, an SBOM, a listing, a few events. */

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

export const vendors: Vendor[] = [
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
  vendor(ids.brevets, { name: 'Brevets Lumière', hqCountry: 'FR', roles: ['patent-holder'] }),
  vendor(ids.dragon, {
    name: 'Dragon Réseaux',
    hqCountry: 'CN',
    ownership: 'state-influenced',
    roles: ['supplier', 'patent-holder'],
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

export const dependencies: Dependency[] = [
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
    standards: ['TS 38.331', 'TS 36.331'],
    unitPrice: { amount: 12_000, currency: 'EUR' },
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

export const licences: Licence[] = [
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

export const risks: Risk[] = [
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

export const sbomComponents: SbomComponent[] = [
  {
    ...meta(uuid(71)),
    dependencyId: ids.coeur,
    name: 'openssl',
    version: '3.0.13',
    purl: 'pkg:generic/openssl@3.0.13',
    licences: ['Apache-2.0'],
  },
];

export const referenceEntries: ReferenceEntry[] = [
  {
    ...meta(uuid(81)),
    list: 'fcc-covered',
    name: 'Dragon Réseaux',
    aliases: ['Dragon'],
    since: '2021-03-12',
  },
];

export const auditLog: AuditEvent[] = [
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
