import { builtInChecklists } from '../checklists';
import { builtInChecklistVersion } from '../checklists/versions';
import type { SubjectType } from '../domain';
import type { WorkspaceRecords, WorkspaceTable } from './workspace-data';
import type { ProblemList } from './workspace-file-problems';

/** One link from a record to another: the field holding it, the table it points into and the id. */
interface Link {
  field: string;
  target: WorkspaceTable;
  id: string;
}

const one = (field: string, target: WorkspaceTable, id: string | undefined): Link[] =>
  id === undefined ? [] : [{ field, target, id }];

const each = (field: string, target: WorkspaceTable, ids: readonly string[]): Link[] =>
  ids.map((id, index) => ({ field: `${field}.${index}`, target, id }));

const subjectTables: Record<SubjectType, WorkspaceTable> = {
  vendor: 'vendors',
  dependency: 'dependencies',
  licence: 'licences',
};

/** Every field of design §2 that names another record, table by table. */
const linksOf: { [T in WorkspaceTable]?: (record: WorkspaceRecords[T][number]) => Link[] } = {
  vendors: (vendor) => one('parentVendorId', 'vendors', vendor.parentVendorId),
  dependencies: (dependency) => [
    ...one('vendorId', 'vendors', dependency.vendorId),
    ...each('upstreamIds', 'dependencies', dependency.upstreamIds),
  ],
  licences: (licence) => [
    ...one('vendorId', 'vendors', licence.vendorId),
    ...each('dependencyIds', 'dependencies', licence.dependencyIds),
  ],
  risks: (risk) => [
    ...each('vendorIds', 'vendors', risk.vendorIds),
    ...each('dependencyIds', 'dependencies', risk.dependencyIds),
    ...each('licenceIds', 'licences', risk.licenceIds),
    ...one('source.assessmentId', 'assessments', risk.source?.assessmentId),
  ],
  assessments: (assessment) => [
    ...one('subject.id', subjectTables[assessment.subject.type], assessment.subject.id),
    ...one('checklistId', 'checklists', assessment.checklistId),
    ...one('previousId', 'assessments', assessment.previousId),
    ...Object.entries(assessment.answers).flatMap(([itemId, answer]) =>
      each(`answers.${itemId}.evidenceIds`, 'evidence', answer.evidenceIds),
    ),
  ],
  evidence: (evidence) => one('assessmentId', 'assessments', evidence.assessmentId),
  sbomComponents: (component) => one('dependencyId', 'dependencies', component.dependencyId),
  royaltyRates: (rate) => one('holderId', 'vendors', rate.holderId),
  decisions: (decision) => [
    ...(decision.subject.type === 'dependencies'
      ? each('subject.dependencyIds', 'dependencies', decision.subject.dependencyIds)
      : decision.subject.type === 'vendor'
        ? one('subject.vendorId', 'vendors', decision.subject.vendorId)
        : []),
    ...one('previousId', 'decisions', decision.previousId),
    ...decision.options.flatMap((option, o) => [
      ...option.moves.flatMap((move, m) => [
        ...one(`options.${o}.moves.${m}.dependencyId`, 'dependencies', move.dependencyId),
        ...one(`options.${o}.moves.${m}.toVendorId`, 'vendors', move.toVendorId),
      ]),
      ...Object.keys(option.expectedResidual).flatMap((riskId) =>
        one(`options.${o}.expectedResidual.${riskId}`, 'risks', riskId),
      ),
      ...option.followUp.flatMap((followUp, f) =>
        each(`options.${o}.followUp.${f}.riskIds`, 'risks', followUp.riskIds),
      ),
    ]),
  ],
};

/** Ids of the checklists the app ships, which a file references but never carries. */
export const builtInChecklistIds: ReadonlySet<string> = new Set(
  builtInChecklists.map((checklist) => checklist.id),
);

/**
 * Reports every link to a record the file does not hold. `ids` are the ids each table of the file
 * declares (valid records or not, so a broken record is reported once, not again by each link to it);
 * an assessment may also name a built-in checklist, which ships with the app. `positions` gives each
 * record's number in its table as the file counts it.
 */
export const checkReferences = (
  records: WorkspaceRecords,
  ids: ReadonlyMap<WorkspaceTable, ReadonlySet<string>>,
  positions: ReadonlyMap<object, number>,
  problems: ProblemList,
): void => {
  const known = (table: WorkspaceTable, id: string): boolean =>
    ids.get(table)?.has(id) === true || (table === 'checklists' && builtInChecklistIds.has(id));
  for (const table of Object.keys(linksOf) as WorkspaceTable[]) {
    const links = linksOf[table] as (record: unknown) => Link[];
    for (const record of records[table]) {
      for (const link of links(record)) {
        if (known(link.target, link.id)) continue;
        problems.add({
          table,
          record: positions.get(record),
          id: record.id,
          field: link.field,
          message: 'workspaceFile.problems.missingReference',
          params: { table: link.target, id: link.id },
        });
      }
    }
  }
  // Built-ins keep every version that shipped; one this app never shipped (a file from a newer app) has
  // items it does not know, and reading its answers against another version would misstate them.
  for (const assessment of records.assessments) {
    const { checklistId, checklistVersion } = assessment;
    if (!builtInChecklistIds.has(checklistId) || builtInChecklistVersion(checklistId, checklistVersion))
      continue;
    problems.add({
      table: 'assessments',
      record: positions.get(assessment),
      id: assessment.id,
      field: 'checklistVersion',
      message: 'workspaceFile.problems.unknownChecklistVersion',
      params: { version: checklistVersion },
    });
  }
};
