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
  type Risk,
  type Vendor,
} from '../shared/domain';

/** A small deterministic generator (mulberry32), so every benchmark run measures the same workspace. */
const random = (seed: number): (() => number) => {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const uuid = (next: () => number): string =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(next() * 16).toString(16));

const pick = <T>(next: () => number, values: readonly T[]): T =>
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
