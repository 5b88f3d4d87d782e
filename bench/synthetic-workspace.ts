import {
  answerTypeValues,
  countryCodes,
  dependencyKindValues,
  networkDomainValues,
  ownershipValues,
  substitutabilityValues,
  riskCategoryValues,
  riskStatusValues,
  treatmentValues,
  type Answer,
  type Assessment,
  type Checklist,
  type ChecklistItem,
  type Dependency,
  type Licence,
  type LicenceClauses,
  type Risk,
  type Vendor,
  clauseNames,
  clauseValues,
  licenceTypeValues,
} from '../shared/domain';

/** A small deterministic generator (mulberry32), so every benchmark run measures the same workspace. */
export const random = (seed: number): (() => number) => {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const uuid = (next: () => number): string =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(next() * 16).toString(16));

export const pick = <T>(next: () => number, values: readonly T[]): T =>
  values[Math.floor(next() * values.length)] as T;

const words = [
  'Nordic',
  'Atlas',
  'Quantum',
  'Meridian',
  'Helix',
  'Vertex',
  'Orbit',
  'Pioneer',
  'Summit',
  'Cobalt',
];
const nouns = ['Networks', 'Systems', 'Telecom', 'Software', 'Cloud', 'Photonics', 'Radio', 'Security'];
const tags = ['5g', 'legacy', 'strategic', 'under-review', 'eu', 'managed-service'];
const timestamp = '2026-01-15T09:00:00.000Z';

export interface SyntheticWorkspace {
  vendors: Vendor[];
  dependencies: Dependency[];
}

/** Vendors and dependencies shaped like a large operator's inventory (upstream links included). */
export const syntheticWorkspace = (
  vendorCount: number,
  dependencyCount: number,
  seed = 42,
): SyntheticWorkspace => {
  const next = random(seed);
  const rating = (): number | null => (next() < 0.3 ? null : Math.floor(next() * 5));
  const vendors: Vendor[] = Array.from({ length: vendorCount }, (_, index) => ({
    id: uuid(next),
    name: `${pick(next, words)} ${pick(next, nouns)} ${index + 1}`,
    legalName: `${pick(next, words)} ${pick(next, nouns)} ${index + 1} Ltd`,
    hqCountry: pick(next, countryCodes),
    ownership: pick(next, ownershipValues),
    jurisdictions: [pick(next, countryCodes)],
    listings: [],
    certifications: [],
    sovereignty: { c1a: rating(), c1b: rating(), c1c: rating(), c1d: rating(), c2: rating(), c3: rating() },
    contacts: [],
    tags: [pick(next, tags)],
    notes: next() < 0.2 ? 'Reviewed during the 2025 supplier audit.' : '',
    roles: ['supplier'],
    aliases: [],
    createdAt: timestamp,
    updatedAt: timestamp,
  }));
  const dependencies: Dependency[] = [];
  for (let index = 0; index < dependencyCount; index += 1) {
    const upstream = index > 10 && next() < 0.4 ? [dependencies[Math.floor(next() * index)]?.id ?? ''] : [];
    dependencies.push({
      id: uuid(next),
      name: `${pick(next, words)} component ${index + 1}`,
      vendorId: pick(next, vendors).id,
      kind: pick(next, dependencyKindValues),
      domain: pick(next, networkDomainValues),
      criticality: 1 + Math.floor(next() * 5),
      substitutability: pick(next, substitutabilityValues),
      vendorRemoteAccess: next() < 0.3,
      dataLocations: [pick(next, countryCodes)],
      upstreamIds: upstream.filter((id) => id !== ''),
      tags: [pick(next, tags)],
      notes: '',
      standards: [],
      createdAt: timestamp,
      updatedAt: timestamp,
    });
  }
  return { vendors, dependencies };
};

/** A risk register of the given size, each risk on one of the vendors, some with residual ratings and actions. */
export const syntheticRisks = (count: number, vendors: readonly Vendor[], seed = 13): Risk[] => {
  const next = random(seed);
  const scale = (): number => 1 + Math.floor(next() * 5);
  return Array.from({ length: count }, (_, index) => ({
    id: uuid(next),
    title: `${pick(next, words)} risk ${index + 1}`,
    description: next() < 0.3 ? 'Raised during the 2025 supplier review.' : '',
    category: pick(next, riskCategoryValues),
    vendorIds: [pick(next, vendors).id],
    dependencyIds: [],
    licenceIds: [],
    likelihood: scale(),
    impact: scale(),
    ...(next() < 0.5 ? { residualLikelihood: scale(), residualImpact: scale() } : {}),
    treatment: pick(next, treatmentValues),
    status: pick(next, riskStatusValues),
    owner: `Owner ${1 + Math.floor(next() * 40)}`,
    actions:
      next() < 0.3
        ? [{ id: uuid(next), title: 'Review the contract', status: 'todo' as const, dueDate: '2026-06-30' }]
        : [],
    createdAt: timestamp,
    updatedAt: timestamp,
  }));
};

/** A value that fits the item's answer type, as an assessor would have given it. */
const answerTo = (next: () => number, item: ChecklistItem): Answer['value'] => {
  switch (item.answerType) {
    case 'yes-no':
      return pick(next, ['yes', 'partial', 'no', 'na'] as const);
    case 'maturity':
      return Math.floor(next() * 5);
    case 'text':
      return 'Described in the vendor security whitepaper, section 4.';
    case 'date':
      return '2025-11-30';
  }
};

export interface SyntheticAssessment {
  checklist: Checklist;
  assessment: Assessment;
}

/**
 * An own vendor checklist the size of the ENISA 5G controls matrix (sections × items, every answer type,
 * guidance on each item) and a draft assessment of the vendor against it with about half the items answered.
 */
export const syntheticAssessment = (
  vendor: Vendor,
  sectionCount: number,
  itemsPerSection: number,
  seed = 5,
): SyntheticAssessment => {
  const next = random(seed);
  const checklist: Checklist = {
    id: uuid(next),
    name: `Synthetic 5G controls matrix (${sectionCount * itemsPerSection} items)`,
    version: '1.0',
    builtIn: false,
    subjectType: 'vendor',
    sections: Array.from({ length: sectionCount }, (_, s) => ({
      id: `bench-s${s + 1}`,
      title: `${pick(next, words)} security controls`,
      items: Array.from({ length: itemsPerSection }, (_, i) => {
        const answerType = pick(next, answerTypeValues);
        return {
          id: `bench-s${s + 1}-i${i + 1}`,
          text: `Does the vendor apply control ${s + 1}.${i + 1} to its ${pick(next, nouns).toLowerCase()}?`,
          guidance: 'Ask for the policy, the last audit report and a sample of the records it produces.',
          reference: `SYN-${String(s + 1).padStart(2, '0')}.${String(i + 1).padStart(2, '0')}`,
          answerType,
          weight: pick(next, [1, 1, 1, 2, 3]),
          ...(next() < 0.3 ? { riskCategory: pick(next, riskCategoryValues) } : {}),
          ...(answerType === 'maturity' && next() < 0.3 ? { higherIsWorse: true } : {}),
        };
      }),
    })),
    createdAt: timestamp,
    updatedAt: timestamp,
  };
  const answers: Assessment['answers'] = {};
  for (const item of checklist.sections.flatMap((section) => section.items)) {
    if (next() < 0.5)
      answers[item.id] = { value: answerTo(next, item), evidenceIds: [], answeredAt: timestamp };
  }
  const assessment: Assessment = {
    id: uuid(next),
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    subject: { type: 'vendor', id: vendor.id },
    status: 'draft',
    answers,
    revision: 1,
    createdAt: timestamp,
    updatedAt: timestamp,
  };
  return { checklist, assessment };
};

const spdxExpressions = [
  'Apache-2.0',
  'MIT',
  'GPL-2.0-only',
  'GPL-3.0-or-later',
  'AGPL-3.0-only',
  'LGPL-2.1-only',
];

/** A day between 2026-01 and 2028-12, so some contracts end (or need notice) within any next 12 months. */
const contractDay = (next: () => number): string =>
  `${2026 + Math.floor(next() * 3)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;

/**
 * Licences and contracts of the first `keyVendorCount` vendors (where an operator's contracts are), each on
 * one of that vendor's dependencies when it has one: every type, clauses read or not, SPDX expressions
 * (copyleft among them), SEP/FRAND terms and end dates with notice periods.
 */
export const syntheticLicences = (
  count: number,
  { vendors, dependencies }: SyntheticWorkspace,
  keyVendorCount: number,
  seed = 21,
): Licence[] => {
  const next = random(seed);
  const keyVendors = vendors.slice(0, keyVendorCount);
  const firstDependency = new Map<string, Dependency>();
  for (const dependency of dependencies)
    if (!firstDependency.has(dependency.vendorId)) firstDependency.set(dependency.vendorId, dependency);
  return Array.from({ length: count }, (_, index) => {
    const vendor = pick(next, keyVendors);
    const dependency = firstDependency.get(vendor.id);
    const type = pick(next, licenceTypeValues);
    const clauses = Object.fromEntries(
      clauseNames.map((name) => [name, pick(next, clauseValues)]),
    ) as LicenceClauses;
    return {
      id: uuid(next),
      title: `${vendor.name} ${type} agreement ${index + 1}`,
      type,
      vendorId: vendor.id,
      dependencyIds: dependency ? [dependency.id] : [],
      ...(type === 'open-source' ? { spdxExpression: pick(next, spdxExpressions) } : {}),
      ...(type === 'patent-sep' ? { standard: '3GPP Release 17', frand: next() < 0.7 } : {}),
      startDate: '2024-01-01',
      endDate: contractDay(next),
      noticeDays: pick(next, [30, 90, 180]),
      autoRenew: next() < 0.5,
      governingLaw: pick(next, countryCodes),
      annualCost: Math.floor(next() * 500) * 1000,
      currency: 'EUR',
      royaltyBasis: type === 'patent-sep' ? 'per-unit' : 'fixed',
      clauses,
      notes: '',
      createdAt: timestamp,
      updatedAt: timestamp,
    };
  });
};

/**
 * Assessments against the built-in checklists, round robin, each of a key vendor or of one of its
 * dependencies or licences (as the checklist's subject type asks); most items answered, a third approved
 * with a conclusion (blockers among them), some due.
 */
export const syntheticAssessments = (
  count: number,
  checklists: readonly Checklist[],
  subjects: { vendors: readonly Vendor[]; dependencies: readonly Dependency[]; licences: readonly Licence[] },
  seed = 34,
): Assessment[] => {
  const next = random(seed);
  const subjectIds = {
    vendor: subjects.vendors.map((vendor) => vendor.id),
    dependency: subjects.dependencies.map((dependency) => dependency.id),
    licence: subjects.licences.map((licence) => licence.id),
  };
  return Array.from({ length: count }, (_, index) => {
    const checklist = checklists[index % checklists.length] as Checklist;
    const answers: Assessment['answers'] = {};
    for (const item of checklist.sections.flatMap((section) => section.items)) {
      if (next() < 0.8)
        answers[item.id] = { value: answerTo(next, item), evidenceIds: [], answeredAt: timestamp };
    }
    const status = pick(next, ['draft', 'in-review', 'approved'] as const);
    return {
      id: uuid(next),
      checklistId: checklist.id,
      checklistVersion: checklist.version,
      subject: { type: checklist.subjectType, id: pick(next, subjectIds[checklist.subjectType]) },
      status,
      answers,
      ...(status === 'approved'
        ? {
            conclusion: pick(next, ['ok', 'warning', 'blocker'] as const),
            approvedBy: 'CISO office',
            approvedAt: timestamp,
          }
        : { dueDate: contractDay(next) }),
      revision: 1,
      createdAt: timestamp,
      updatedAt: timestamp,
    };
  });
};
