/** The public face of assessments: what other features may embed. Everything else in the folder is private. */
export { useAssessmentLookups } from './list/useAssessmentLookups';
export { StartAssessmentButton } from './start/StartAssessmentButton';
export { ChecklistSectionTabs } from './ChecklistSectionTabs';
export { AssessmentDashboardSection } from './overview/AssessmentDashboardSection';
export { SubjectAssessments } from './overview/SubjectAssessments';
