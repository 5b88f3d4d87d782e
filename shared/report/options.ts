import type { Checklist, NetworkDomain } from '../domain';
import type { PatentAssumptions, StandardRef } from '../domain/standards';
import type { WorkspaceRecords } from '../workspace/workspace-data';

/** The classification markings a report can carry, from least to most restricted. */
export const classificationValues = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'SECRET'] as const;
export type Classification = (typeof classificationValues)[number];

/** The sections of the board report (design §4), in the order the report prints them. */
export const reportSectionIds = [
  'cover',
  'summary',
  'heatmaps',
  'concentration',
  'exposure',
  'sovereignty',
  'standards',
  'licences',
  'coverage',
  'treatment',
  'decisions',
  'appendix',
] as const;
export type ReportSectionId = (typeof reportSectionIds)[number];

export interface ReportPeriod {
  from: string;
  to: string;
}

/** Which part of the network the report covers; an empty or absent list means "all". */
export interface ReportScope {
  domains?: NetworkDomain[];
  vendorIds?: string[];
}

export interface ReportOptions {
  title: string;
  period?: ReportPeriod;
  classification: Classification;
  preparedBy?: string;
  approvedBy?: string;
  sections: readonly ReportSectionId[];
  scope: ReportScope;
}

/** Everything the report reads: the workspace's records, the checklists resolved, who it is for and when. */
/** The records the report reads (not the audit log, evidence files or reference lists). */
export interface ReportData extends Pick<
  WorkspaceRecords,
  | 'vendors'
  | 'dependencies'
  | 'licences'
  | 'risks'
  | 'assessments'
  | 'sbomComponents'
  | 'declarationSets'
  | 'royaltyRates'
  | 'decisions'
> {
  /** The essentiality assumptions (a settings row); absent, declared families count as they are. */
  patentAssumptions?: PatentAssumptions;
  /** The reference list of standards as edited (a settings row); absent, the built-in one. */
  standardsReference?: readonly StandardRef[];
  /** Built-in checklists and the user's own together: assessments refer to either by id. */
  checklists: readonly Checklist[];
  organisation: { name: string; country?: string };
  /** YYYY-MM-DD: the day the report is dated, against which deadlines and overdue actions are judged. */
  today: string;
}
