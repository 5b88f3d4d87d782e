export * from './build-board-report';
export * from './options';
export * from './sources';
export { applyScope, type ScopedRecords } from './scope';
export { type ScoredRisk } from './context';
export type { AppendixSection } from './sections/appendix';
export type {
  ConcentrationSection,
  ReportDomainConcentration,
  ReportVendorShare,
} from './sections/concentration';
export type { CoverSection } from './sections/cover';
export type { AssessmentBlocker, ChecklistCoverage, CoverageSection } from './sections/coverage';
export type {
  DecisionsSection,
  ReportDecision,
  ReportDecisionOption,
  ReportDomainWhatIf,
  ReportRecommendation,
  ReportSensitivity,
} from './sections/decisions';
export type { ExposedDependency, ExposureSection, HighRiskVendorExposure } from './sections/exposure';
export type { HeatmapsSection } from './sections/heatmaps';
export {
  noticeHorizonMonths,
  type CopyleftLicenceRow,
  type LicencesSection,
  type MissingClausesRow,
  type NoticeDeadlineRow,
  type SepTermsRow,
} from './sections/licences';
export type { ReportRisk } from './sections/risk-rows';
export type { DependencyCopyleft } from './sections/sbom-copyleft';
export { maxKeyVendors, type KeyVendorProfile, type SovereigntySection } from './sections/sovereignty';
export {
  maxReportDevices,
  maxReportStandards,
  type ReportDeclarationFile,
  type ReportDeviceStack,
  type ReportStandardExposure,
  type StandardsSection,
} from './sections/standards';
export type { HighestConcentration, KeyFigures, SummarySection } from './sections/summary';
export { type TreatmentAction, type TreatmentSection } from './sections/treatment';
export {
  highExposureShare,
  verdictSeverityValues,
  type Verdict,
  type VerdictCode,
  type VerdictSeverity,
} from './sections/verdicts';
