import type {
  ActionStatus,
  AssessmentStatus,
  ClauseName,
  ClauseValue,
  Conclusion,
  DecisionOptionKind,
  DependencyKind,
  LicenceClass,
  LicenceType,
  Listing,
  NetworkDomain,
  Ownership,
  RiskCategory,
  RiskLevel,
  RiskStatus,
  RoyaltyBasis,
  SovereigntyCriterion,
  SovereigntyStatus,
  SubjectType,
  Substitutability,
  Treatment,
  YesNoValue,
} from '../domain';

export const registerNames = [
  'vendors',
  'dependencies',
  'licences',
  'risks',
  'actions',
  'assessments',
  'answers',
  'decisions',
] as const;
export type RegisterName = (typeof registerNames)[number];

export const headerKeys = [
  'id',
  'name',
  'legalName',
  'lei',
  'hqCountry',
  'parentVendor',
  'ownership',
  'stateOwnershipPct',
  'jurisdictions',
  'listings',
  'sovereigntyLevel',
  'sovereigntyIndex',
  'certifications',
  'rationale',
  'contacts',
  'tags',
  'notes',
  'updatedAt',
  'vendor',
  'kind',
  'domain',
  'criticality',
  'footprintPct',
  'substitutability',
  'exitMonths',
  'vendorRemoteAccess',
  'dataLocations',
  'upstream',
  'title',
  'type',
  'dependencies',
  'spdxExpression',
  'licenceClass',
  'standard',
  'frand',
  'startDate',
  'endDate',
  'noticeDays',
  'noticeDeadline',
  'autoRenew',
  'governingLaw',
  'annualCost',
  'currency',
  'royaltyBasis',
  'fieldOfUse',
  'category',
  'status',
  'treatment',
  'likelihood',
  'impact',
  'inherentScore',
  'inherentLevel',
  'residualLikelihood',
  'residualImpact',
  'residualScore',
  'residualLevel',
  'owner',
  'reviewDate',
  'vendors',
  'licences',
  'description',
  'actions',
  'risk',
  'action',
  'dueDate',
  'subjectType',
  'subject',
  'checklist',
  'checklistVersion',
  'revision',
  'latest',
  'conclusion',
  'completion',
  'score',
  'answered',
  'items',
  'reviewer',
  'approvedBy',
  'approvedAt',
  'nextReviewDate',
  'section',
  'item',
  'reference',
  'value',
  'comment',
  'evidenceCount',
  'answeredBy',
  'answeredAt',
  'question',
  'option',
  'optionKind',
  'oneOffCost',
  'switchingCosts',
  'annualCostDelta',
  'costHorizonYears',
  'totalCost',
  'monthsToImplement',
  'weightedScore',
  'rank',
  'chosen',
] as const;
export type HeaderKey = (typeof headerKeys)[number] | SovereigntyCriterion | ClauseName;

/**
 * The words of the workbook and CSV files, in the user's language, built by the caller: sheet names,
 * column headers and the label of every enumerated value, so the files read like the screens.
 */
export interface RegisterLabels {
  sheets: Record<RegisterName, string>;
  headers: Record<HeaderKey, string>;
  yes: string;
  no: string;
  ownership: Record<Ownership, string>;
  listing: Record<Listing, string>;
  sovereigntyLevel: Record<SovereigntyStatus, string>;
  dependencyKind: Record<DependencyKind, string>;
  networkDomain: Record<NetworkDomain, string>;
  substitutability: Record<Substitutability, string>;
  licenceType: Record<LicenceType, string>;
  licenceClass: Record<LicenceClass, string>;
  royaltyBasis: Record<RoyaltyBasis, string>;
  clauseValue: Record<ClauseValue, string>;
  riskCategory: Record<RiskCategory, string>;
  riskStatus: Record<RiskStatus, string>;
  treatment: Record<Treatment, string>;
  riskLevel: Record<RiskLevel, string>;
  actionStatus: Record<ActionStatus, string>;
  subjectType: Record<SubjectType, string>;
  assessmentStatus: Record<AssessmentStatus, string>;
  conclusion: Record<Conclusion, string>;
  answer: Record<YesNoValue, string>;
  optionKind: Record<DecisionOptionKind, string>;
}
