import { useMemo } from 'react';
import type { AuditRefTable } from '@shared/audit';
import type { Checklist } from '@shared/domain';
import { useAssessments } from '@renderer/data/assessments';
import { checklistItems, type AuditItem, type AuditNames } from '@renderer/data/audit-names';
import { useChecklists } from '@renderer/data/checklists';
import { useDependencies } from '@renderer/data/dependencies';
import { useEvidenceRecords } from '@renderer/data/evidence';
import { useLicences } from '@renderer/data/licences';
import { useRisks } from '@renderer/data/risks';
import { useVendors } from '@renderer/data/vendors';
import { paths } from '@renderer/paths';
import { useNameAssessment } from './useNameAssessment';

export interface ActivityNames {
  names: AuditNames;
  /** The page of a record that still exists (an evidence file's is its assessment's). */
  path: (table: AuditRefTable, id: string) => string | undefined;
}

const recordPaths: Partial<Record<AuditRefTable, (id: string) => string>> = {
  vendors: paths.vendors.view,
  dependencies: paths.dependencies.view,
  licences: paths.licences.view,
  risks: paths.risks.view,
  checklists: paths.checklists.view,
  assessments: paths.assessments.view,
};

/**
 * Names of every record, from the tables the rest of the app keeps loaded: the Activity screen names the
 * record of each of 200,000 events and searches those names, which one read per event could not do.
 * Undefined while any table is still loading.
 */
export const useActivityNames = (): ActivityNames | undefined => {
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  const risks = useRisks();
  const checklists = useChecklists();
  const assessments = useAssessments();
  const evidence = useEvidenceRecords();
  const nameAssessment = useNameAssessment();
  return useMemo(() => {
    if (!vendors || !dependencies || !licences || !risks || !checklists || !assessments || !evidence)
      return undefined;
    const byId = <T extends { id: string }>(records: readonly T[], name: (record: T) => string) =>
      new Map(records.map((record) => [record.id, name(record)]));
    const tables = new Map<AuditRefTable, ReadonlyMap<string, string>>([
      ['vendors', byId(vendors, (vendor) => vendor.name)],
      ['dependencies', byId(dependencies, (dependency) => dependency.name)],
      ['licences', byId(licences, (licence) => licence.title)],
      ['risks', byId(risks, (risk) => risk.title)],
      ['checklists', byId(checklists, (checklist) => checklist.name)],
      ['evidence', new Map([...evidence.values()].map((file) => [file.id, file.fileName]))],
    ]);
    const checklistById = new Map(checklists.map((checklist) => [checklist.id, checklist]));
    const assessmentById = new Map(assessments.map((assessment) => [assessment.id, assessment]));
    const subjectTables = { vendor: 'vendors', dependency: 'dependencies', licence: 'licences' } as const;
    const record = (table: AuditRefTable, id: string): string | undefined => {
      if (table !== 'assessments') return tables.get(table)?.get(id);
      const assessment = assessmentById.get(id);
      if (!assessment) return undefined;
      return nameAssessment(
        checklistById.get(assessment.checklistId)?.name ?? '',
        record(subjectTables[assessment.subject.type], assessment.subject.id) ?? '',
      );
    };
    const items = new WeakMap<Checklist, Map<string, AuditItem>>();
    const item = (assessmentId: string, itemId: string): AuditItem | undefined => {
      const checklist = checklistById.get(assessmentById.get(assessmentId)?.checklistId ?? '');
      if (!checklist) return undefined;
      let found = items.get(checklist);
      if (!found) {
        found = checklistItems(checklist);
        items.set(checklist, found);
      }
      return found.get(itemId);
    };
    const path = (table: AuditRefTable, id: string): string | undefined => {
      if (record(table, id) === undefined) return undefined;
      if (table === 'evidence') {
        const assessmentId = evidence.get(id)?.assessmentId;
        return assessmentId && assessmentById.has(assessmentId)
          ? paths.assessments.view(assessmentId)
          : undefined;
      }
      return recordPaths[table]?.(id);
    };
    return { names: { record, item }, path };
  }, [vendors, dependencies, licences, risks, checklists, assessments, evidence, nameAssessment]);
};
