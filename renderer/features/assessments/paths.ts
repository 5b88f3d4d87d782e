import type { AssessmentSubject } from '@shared/domain';

const subjectSections = { vendor: 'vendors', dependency: 'dependencies', licence: 'licences' } as const;

/** The page of the vendor, dependency or licence assessed. */
export const subjectPath = (subject: AssessmentSubject): string =>
  `/${subjectSections[subject.type]}/${subject.id}`;

/** The list of assessments, beside the checklist templates in the Checklists section. */
export const assessmentListPath = '/checklists/assessments';

export const assessmentPath = (assessmentId: string): string => `${assessmentListPath}/${assessmentId}`;
