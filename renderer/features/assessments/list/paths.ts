import type { AssessmentSubject } from '@shared/domain';

const subjectSections = { vendor: 'vendors', dependency: 'dependencies', licence: 'licences' } as const;

/** The page of the vendor, dependency or licence assessed. */
export const subjectPath = (subject: AssessmentSubject): string =>
  `/${subjectSections[subject.type]}/${subject.id}`;

export const assessmentPath = (assessmentId: string): string => `/checklists/assessments/${assessmentId}`;
