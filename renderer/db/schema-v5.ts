/**
 * Version 5 (issue 12, faster large writes). Every index costs each write of its table (an entry per
 * index, one per item of a multiEntry one), so this version keeps only the indexes a query of the app
 * uses (`where`, `orderBy`), each named below with what reads it, and drops the rest: names, countries,
 * kinds, statuses, dates and tags, which the screens filter and sort in memory. The audit log gains
 * `*recordKeys` (`table:recordId`): an import writes one event listing the records it touched instead of
 * one event per row, and a record's history finds its part through it (written by the app beside the
 * event, never in the workspace file). No record changes: the upgrade only drops and adds indexes.
 * Frozen once shipped, as versions 1 to 4 are.
 */
export const SCHEMA_V5 = {
  // parentVendorId: the subsidiaries of a vendor (its deletion, its links).
  vendors: 'id, parentVendorId',
  // vendorId: a vendor's dependencies; *upstreamIds: what depends on a dependency.
  dependencies: 'id, vendorId, *upstreamIds',
  // vendorId, *dependencyIds: the licences of a vendor, of a dependency.
  licences: 'id, vendorId, *dependencyIds',
  // The risks linked to a vendor, a dependency, a licence.
  risks: 'id, *vendorIds, *dependencyIds, *licenceIds',
  checklists: 'id',
  // checklistId: the assessments of a checklist; the subject's assessments; a revision's successor.
  assessments: 'id, checklistId, [subject.type+subject.id], previousId',
  // assessmentId: an assessment's files.
  evidence: 'id, assessmentId',
  // at: the Activity screen, the backup reminder; a record's own events, and its part of bulk events.
  auditLog: 'id, at, [table+recordId], *recordKeys',
  // generatedAt: the list of exported reports, newest first; sha256: a report already recorded.
  reports: 'id, generatedAt, sha256',
  referenceEntries: 'id',
  sboms: 'dependencyId',
  // importedAt: the imported declarations, newest first; source: the set a new import replaces.
  declarationSets: 'id, source, importedAt',
  royaltyRates: 'id',
  // previousId: a decision's next revision.
  decisions: 'id, previousId',
  settings: 'key',
} as const;
