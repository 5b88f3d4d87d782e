import {
  frameworkCoverage,
  scoreAssessment,
  type Assessment,
  type Checklist,
  type SelfApproval,
  type SubjectType,
} from '../../domain';
import type { ReportContext } from '../context';
import { reportSources } from '../sources';

export interface ChecklistCoverage {
  checklistId: string;
  name: string;
  version: string;
  subjectType: SubjectType;
  /** Latest revisions of assessments against the checklist, in scope. */
  assessments: number;
  /** Mean completion 0–1 of those assessments; null without any. */
  averageCompletion: number | null;
  /** Mean score 0–100 of those with a score; null when none has one. */
  averageScore: number | null;
  /** In-scope subjects with an approved assessment against the checklist (frameworkCoverage). */
  assessed: number;
  inProgress: number;
  subjects: number;
  /** assessed ÷ subjects, 0–1; null without subjects. */
  share: number | null;
  blockers: number;
  source: string;
}

export interface AssessmentBlocker {
  assessmentId: string;
  checklistName: string;
  subjectType: SubjectType;
  subjectId: string;
  /** The vendor's, dependency's or licence's name. */
  subjectName: string;
  source: string;
}

/** An approved assessment its own author or last editor signed off, as Settings allowed. */
export interface SignedOffAlone {
  assessmentId: string;
  checklistName: string;
  revision: number;
  subjectType: SubjectType;
  subjectId: string;
  subjectName: string;
  approvedBy: string;
  /** ISO date-time of the approval. */
  approvedAt: string;
  selfApproval: SelfApproval;
  source: string;
}

export interface CoverageSection {
  checklists: ChecklistCoverage[];
  /** Latest revisions concluded 'blocker'. */
  blockers: AssessmentBlocker[];
  /**
   * In-scope approved assessments (every revision: each counts towards coverage) that were signed off by
   * the person who created them or last changed their answers; oldest approval first.
   */
  signedOffAlone: SignedOffAlone[];
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Checklist coverage (design §4): per checklist, the completion and score averaged over the latest
 * revision of each in-scope assessment, the subjects assessed out of the in-scope subjects of its kind, and
 * the assessments whose latest revision concludes with a blocker.
 */
export const buildCoverage = (context: ReportContext): CoverageSection => {
  const { data, scoped } = context;
  const latest = context.latestAssessments();
  const latestByChecklist = new Map<string, Assessment[]>();
  for (const assessment of latest) {
    const list = latestByChecklist.get(assessment.checklistId);
    if (list) list.push(assessment);
    else latestByChecklist.set(assessment.checklistId, [assessment]);
  }
  const checklists = new Map<string, Checklist>(
    data.checklists.map((checklist) => [checklist.id, checklist]),
  );
  const names = {
    vendor: new Map(scoped.vendors.map((record) => [record.id, record.name])),
    dependency: new Map(scoped.dependencies.map((record) => [record.id, record.name])),
    licence: new Map(scoped.licences.map((record) => [record.id, record.title])),
  };

  const coverage = frameworkCoverage(data.checklists, scoped.assessments, names).map(
    ({ checklist, assessed, inProgress, subjects, share }): ChecklistCoverage => {
      const assessments = latestByChecklist.get(checklist.id) ?? [];
      const scores = assessments.map((assessment) => scoreAssessment(checklist, assessment.answers).overall);
      return {
        checklistId: checklist.id,
        name: checklist.name,
        version: checklist.version,
        subjectType: checklist.subjectType,
        assessments: assessments.length,
        averageCompletion: mean(scores.map((score) => score.completion)),
        averageScore: mean(scores.flatMap((score) => score.score ?? [])),
        assessed,
        inProgress,
        subjects,
        share,
        blockers: assessments.filter((assessment) => assessment.conclusion === 'blocker').length,
        source: reportSources.assessments,
      };
    },
  );

  const blockers = latest
    .filter((assessment) => assessment.conclusion === 'blocker')
    .map(({ id, checklistId, subject }) => ({
      assessmentId: id,
      checklistName: checklists.get(checklistId)?.name ?? '',
      subjectType: subject.type,
      subjectId: subject.id,
      subjectName: names[subject.type].get(subject.id) ?? '',
      source: reportSources.assessment(id),
    }))
    .sort(
      (a, b) => a.checklistName.localeCompare(b.checklistName) || a.subjectName.localeCompare(b.subjectName),
    );

  const signedOffAlone = scoped.assessments
    .flatMap((assessment): SignedOffAlone[] =>
      assessment.status === 'approved' && assessment.selfApproval
        ? [
            {
              assessmentId: assessment.id,
              checklistName: checklists.get(assessment.checklistId)?.name ?? '',
              revision: assessment.revision,
              subjectType: assessment.subject.type,
              subjectId: assessment.subject.id,
              subjectName: names[assessment.subject.type].get(assessment.subject.id) ?? '',
              approvedBy: assessment.approvedBy ?? '',
              approvedAt: assessment.approvedAt ?? '',
              selfApproval: assessment.selfApproval,
              source: reportSources.assessment(assessment.id),
            },
          ]
        : [],
    )
    .sort((a, b) => a.approvedAt.localeCompare(b.approvedAt) || a.subjectName.localeCompare(b.subjectName));

  return { checklists: coverage, blockers, signedOffAlone };
};
