/**
 * Version 1 of the workspace database: one entry per table, primary key first, then only the indexes
 * that a screen or a computation queries. A shipped version is frozen: a change is a new version
 * constant with its own upgrade file, never an edit here.
 */
export const SCHEMA_V1 = {
  vendors: 'id, name, hqCountry, ownership, parentVendorId, updatedAt, *tags',
  dependencies: 'id, name, vendorId, kind, domain, criticality, updatedAt, *upstreamIds, *tags',
  licences: 'id, title, type, vendorId, endDate, updatedAt, *dependencyIds',
  risks: 'id, title, category, status, reviewDate, updatedAt, *vendorIds, *dependencyIds, *licenceIds',
  checklists: 'id, name, subjectType',
  assessments: 'id, checklistId, [subject.type+subject.id], status, dueDate, previousId',
  evidence: 'id, assessmentId, sha256',
  auditLog: 'id, at, [table+recordId]',
  reports: 'id, generatedAt, sha256',
  sbomComponents: 'id, dependencyId',
  referenceEntries: 'id, list, name',
  settings: 'key',
} as const;

export type TableName = keyof typeof SCHEMA_V1;
