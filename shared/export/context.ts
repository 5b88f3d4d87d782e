import type { AssessmentSubject, Checklist, Decision } from '../domain';
import { latestRevisions } from '../domain';
import { assessedChecklist } from '../checklists/localise';
import type { ChecklistRef } from '../checklists/versions';
import type { WorkspaceRecords } from '../workspace/workspace-data';
import type { RegisterLabels } from './labels';

type RegisterTables = 'vendors' | 'dependencies' | 'licences' | 'risks' | 'assessments';

export interface RegistersInput {
  records: { readonly [Table in RegisterTables]: readonly WorkspaceRecords[Table][number][] } & {
    /** Absent where only the imported registers matter (an import's preview): no Decisions rows. */
    readonly decisions?: readonly Decision[];
  };
  /** Built-in checklists and the user's own together: assessments refer to either by id. */
  checklists: readonly Checklist[];
  labels: RegisterLabels;
}

/** The look-ups every register shares: ids resolved to the names a reader knows the records by. */
export interface RegisterContext extends RegistersInput {
  vendorName: (id: string) => string;
  dependencyName: (id: string) => string;
  licenceTitle: (id: string) => string;
  subjectName: (subject: AssessmentSubject) => string;
  /** The checklist an assessment was answered against (its id and version). */
  checklist: (assessment: ChecklistRef) => Checklist | undefined;
  isLatest: (assessmentId: string) => boolean;
  isLatestDecision: (decisionId: string) => boolean;
  yesNo: (value: boolean | undefined) => string | null;
}

/** A dangling reference shows its id rather than nothing, so the reader can see something is missing. */
const lookUp = <T extends { id: string }>(records: readonly T[], name: (record: T) => string) => {
  const names = new Map(records.map((record) => [record.id, name(record)]));
  return (id: string): string => names.get(id) ?? id;
};

export const registerContext = (input: RegistersInput): RegisterContext => {
  const { vendors, dependencies, licences, assessments } = input.records;
  const vendorName = lookUp(vendors, (vendor) => vendor.name);
  const dependencyName = lookUp(dependencies, (dependency) => dependency.name);
  const licenceTitle = lookUp(licences, (licence) => licence.title);
  const subjectNames = { vendor: vendorName, dependency: dependencyName, licence: licenceTitle };
  const checklists = new Map(input.checklists.map((checklist) => [checklist.id, checklist]));
  const latest = new Set(latestRevisions(assessments).map((assessment) => assessment.id));
  const latestDecisions = new Set(
    latestRevisions(input.records.decisions ?? []).map((decision) => decision.id),
  );
  return {
    ...input,
    vendorName,
    dependencyName,
    licenceTitle,
    subjectName: (subject) => subjectNames[subject.type](subject.id),
    checklist: (assessment) => assessedChecklist(checklists, assessment),
    isLatest: (id) => latest.has(id),
    isLatestDecision: (id) => latestDecisions.has(id),
    yesNo: (value) => (value === undefined ? null : value ? input.labels.yes : input.labels.no),
  };
};
