import {
  actionStatusValues,
  assessmentStatusValues,
  clauseNames,
  clauseValues,
  conclusionValues,
  dependencyKindValues,
  licenceTypeValues,
  listingValues,
  networkDomainValues,
  ownershipValues,
  riskCategoryValues,
  riskStatusValues,
  royaltyBasisValues,
  sovereigntyCriteria,
  subjectTypeValues,
  substitutabilityValues,
  treatmentValues,
} from '../domain';
import {
  booleanValue,
  countryValue,
  dateTimeValue,
  dateValue,
  enumValue,
  isRecord,
  listOf,
  numberValue,
  partsOf,
  refValue,
  textValue,
  type AuditValue,
  type ValueReader,
} from './values';
import { composedKey } from '../messages/message-key';
import { field, hidden, type FieldSpec, type TableSpec } from './field-spec';
import { settingsRows, standardEntryMembers } from './settings-fields';

export type { FieldSpec, TableSpec } from './field-spec';

const text = textValue;
const date = dateValue;
const list = listOf(textValue);
const countries = listOf(countryValue);
const months = numberValue('months');

const criticality: ValueReader = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
    ? {
        kind: 'label',
        label: {
          key: 'dependencies.criticality.value',
          params: { value },
          keyParams: { name: composedKey(`dependencies.criticality.names.${value}`) },
        },
      }
    : undefined;

const ratingNames = ['none', 'low', 'medium', 'high', 'severe'] as const;
const rating: ValueReader = (value) => {
  const name = typeof value === 'number' && Number.isInteger(value) ? ratingNames[value] : undefined;
  return name
    ? {
        kind: 'label',
        label: {
          key: 'vendors.sovereignty.ratingShort',
          params: { rating: value as number },
          keyParams: { name: `vendors.sovereignty.ratingNames.${name}` },
        },
      }
    : undefined;
};

const criterionCodes: Readonly<Record<string, string>> = {
  c1a: 'C1a',
  c1b: 'C1b',
  c1c: 'C1c',
  c1d: 'C1d',
  c2: 'C2',
  c3: 'C3',
};

const sovereigntyMember = (member: string): FieldSpec | undefined => {
  if (member === 'rationale') return { label: { key: 'vendors.sovereignty.rationale' }, value: text };
  const code = criterionCodes[member];
  return code && (sovereigntyCriteria as readonly string[]).includes(member)
    ? {
        label: {
          key: 'vendors.sovereignty.criterionLabel',
          params: { code },
          keyParams: { name: composedKey(`vendors.sovereignty.criteria.${member}.name`) },
        },
        value: rating,
      }
    : undefined;
};

const clauseMember = (member: string): FieldSpec | undefined =>
  (clauseNames as readonly string[]).includes(member)
    ? {
        label: { key: composedKey(`licences.clause.${member}`) },
        value: enumValue(clauseValues, 'licences.clauseValue'),
      }
    : undefined;

/** An assessed record: the vendor, dependency or licence, by its name. */
const subject: ValueReader = (value) => {
  if (!isRecord(value) || typeof value.id !== 'string') return undefined;
  const table = { vendor: 'vendors', dependency: 'dependencies', licence: 'licences' } as const;
  return (subjectTypeValues as readonly unknown[]).includes(value.type)
    ? { kind: 'record', table: table[value.type as keyof typeof table], id: value.id }
    : undefined;
};

const sectionsSummary: ValueReader = (value) => {
  if (!Array.isArray(value)) return undefined;
  const items = value.reduce<number>(
    (sum, section) => sum + (isRecord(section) && Array.isArray(section.items) ? section.items.length : 0),
    0,
  );
  return { kind: 'label', label: { key: 'activity.value.sections', params: { count: value.length, items } } };
};

const answersSummary: ValueReader = (value) => {
  if (!isRecord(value)) return undefined;
  const answered = Object.values(value).filter((answer) => isRecord(answer) && answer.value !== null).length;
  return { kind: 'label', label: { key: 'activity.value.answers', params: { count: answered } } };
};

const riskSource: ValueReader = (value) =>
  isRecord(value) && typeof value.assessmentId === 'string'
    ? ({ kind: 'record', table: 'assessments', id: value.assessmentId } satisfies AuditValue)
    : undefined;

const reportKind = enumValue(['board-pdf', 'board-docx', 'workbook'], 'activity.value.reportKind');

/** Tags and notes close every form that has them, so they come last in a record's history too. */
const tagsAndNotes: TableSpec = { tags: field('tags', list), notes: field('notes', text) };

const vendors: TableSpec = {
  id: hidden,
  name: field('name', text),
  legalName: field('legalName', text),
  lei: field('lei', text),
  hqCountry: field('hqCountry', countryValue),
  parentVendorId: field('parentVendor', refValue('vendors')),
  ownership: field('ownership', enumValue(ownershipValues, 'vendors.ownership')),
  stateOwnershipPct: field('stateOwnershipPct', numberValue('percent')),
  jurisdictions: field('jurisdictions', countries),
  listings: field(
    'listings',
    listOf(partsOf({ list: enumValue(listingValues, 'vendors.listing'), since: date, note: text })),
  ),
  certifications: field(
    'certifications',
    listOf(partsOf({ scheme: text, reference: text, validUntil: date })),
  ),
  sovereignty: field('sovereignty', undefined, { members: sovereigntyMember }),
  contacts: field('contacts', listOf(partsOf({ name: text, role: text, email: text, phone: text }))),
  ...tagsAndNotes,
};

const dependencies: TableSpec = {
  id: hidden,
  name: field('name', text),
  vendorId: field('vendor', refValue('vendors')),
  kind: field('kind', enumValue(dependencyKindValues, 'dependencies.kind')),
  domain: field('domain', enumValue(networkDomainValues, 'dependencies.domain')),
  criticality: field('criticality', criticality),
  footprintPct: field('footprintPct', numberValue('percent')),
  substitutability: field(
    'substitutability',
    enumValue(substitutabilityValues, 'dependencies.substitutability'),
  ),
  exitMonths: field('exitMonths', months),
  vendorRemoteAccess: field('vendorRemoteAccess', booleanValue),
  dataLocations: field('dataLocations', countries),
  upstreamIds: field('upstream', listOf(refValue('dependencies'))),
  ...tagsAndNotes,
};

const licences: TableSpec = {
  id: hidden,
  title: field('title', text),
  type: field('licenceType', enumValue(licenceTypeValues, 'licences.type')),
  vendorId: field('vendor', refValue('vendors')),
  dependencyIds: field('dependencies', listOf(refValue('dependencies'))),
  spdxExpression: field('spdxExpression', text),
  standard: field('standard', text),
  frand: field('frand', booleanValue),
  startDate: field('startDate', date),
  endDate: field('endDate', date),
  noticeDays: field('noticeDays', numberValue('days')),
  autoRenew: field('autoRenew', booleanValue),
  governingLaw: field('governingLaw', countryValue),
  annualCost: field('annualCost', numberValue()),
  currency: field('currency', text),
  royaltyBasis: field('royaltyBasis', enumValue(royaltyBasisValues, 'licences.royaltyBasis')),
  clauses: field('clauses', undefined, { members: clauseMember }),
  fieldOfUse: field('fieldOfUse', text),
  notes: field('notes', text),
};

const actionMembers: TableSpec = {
  id: hidden,
  title: field('actionTitle', text),
  owner: field('owner', text),
  dueDate: field('dueDate', date),
  status: field('status', enumValue(actionStatusValues, 'risks.actionStatus')),
};

const risks: TableSpec = {
  id: hidden,
  title: field('title', text),
  description: field('description', text),
  category: field('category', enumValue(riskCategoryValues, 'risks.category')),
  vendorIds: field('vendors', listOf(refValue('vendors'))),
  dependencyIds: field('dependencies', listOf(refValue('dependencies'))),
  licenceIds: field('licences', listOf(refValue('licences'))),
  likelihood: field('likelihood', numberValue()),
  impact: field('impact', numberValue()),
  residualLikelihood: field('residualLikelihood', numberValue()),
  residualImpact: field('residualImpact', numberValue()),
  treatment: field('treatment', enumValue(treatmentValues, 'risks.treatment')),
  status: field('status', enumValue(riskStatusValues, 'risks.status')),
  owner: field('owner', text),
  reviewDate: field('reviewDate', date),
  actions: field('actions', undefined, { items: { name: 'title', members: actionMembers } }),
  source: field('finding', riskSource),
  reviewedOn: field('reviewedOn', date, { mark: true }),
};

const checklists: TableSpec = {
  id: hidden,
  name: field('name', text),
  version: field('version', text),
  source: field('source', text),
  builtIn: field('builtIn', booleanValue),
  subjectType: field('subjectType', enumValue(subjectTypeValues, 'assessments.subjectType')),
  sections: field('sections', sectionsSummary),
};

const assessments: TableSpec = {
  id: hidden,
  checklistId: field('checklist', refValue('checklists')),
  checklistVersion: field('version', text),
  subject: field('subject', subject),
  status: field('status', enumValue(assessmentStatusValues, 'assessments.status')),
  answers: field('answers', answersSummary),
  conclusion: field('conclusion', enumValue(conclusionValues, 'assessments.conclusion')),
  reviewer: field('reviewer', text),
  approvedBy: field('approvedBy', text),
  approvedAt: field('approvedAt', dateTimeValue),
  dueDate: field('dueDate', date),
  nextReviewDate: field('nextReviewDate', date),
  revision: field('revision', numberValue()),
  previousId: field('previousRevision', refValue('assessments')),
};

const evidence: TableSpec = {
  id: hidden,
  assessmentId: field('assessment', refValue('assessments')),
  fileName: field('fileName', text),
  mimeType: field('mimeType', text),
  size: field('size', numberValue('bytes')),
  sha256: field('sha256', text),
  addedBy: field('addedBy', text),
  validUntil: field('validUntil', date),
};

const referenceEntries: TableSpec = {
  id: hidden,
  list: field('list', enumValue(listingValues, 'vendors.listing')),
  name: field('name', text),
  aliases: field('aliases', list),
  since: field('since', date),
  source: field('source', text),
  note: field('note', text),
};

const reports: TableSpec = {
  id: hidden,
  kind: field('reportKind', reportKind),
  title: field('title', text),
  generatedAt: field('generatedAt', dateTimeValue),
  generatedBy: field('generatedBy', text),
  fileName: field('fileName', text),
  sha256: field('sha256', text),
};

/** A dependency's SBOM: its component count, and how many components an import brought and dropped. */
const sbomComponents: TableSpec = {
  components: field('components', numberValue()),
  componentsAdded: field('componentsAdded', numberValue(), { mark: true }),
  componentsRemoved: field('componentsRemoved', numberValue(), { mark: true }),
};

const tables: Readonly<Record<string, TableSpec>> = {
  vendors,
  dependencies,
  licences,
  risks,
  checklists,
  assessments,
  evidence,
  referenceEntries,
  reports,
  sbomComponents,
};

/** The fields of a record of `table` (the settings table holds one kind of row per key). */
export const tableSpec = (table: string, recordId: string): TableSpec => {
  // Own keys only: an event from a file may name a table "constructor" or a row "__proto__".
  const [specs, key] = table === 'settings' ? [settingsRows, recordId] : [tables, table];
  return Object.hasOwn(specs, key) ? (specs[key] ?? {}) : {};
};

/** Every table and settings row described, for the tests that check each label has its words. */
export const describedSpecs: readonly TableSpec[] = [
  ...Object.values(tables),
  ...Object.values(settingsRows),
  actionMembers,
  standardEntryMembers,
];
