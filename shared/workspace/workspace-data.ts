import type {
  Assessment,
  AuditEvent,
  Checklist,
  Decision,
  Dependency,
  EvidenceRecord,
  Licence,
  ReferenceEntry,
  ReportRecord,
  Risk,
  SbomComponent,
  Vendor,
} from '../domain';
import type { DeclarationSet, RoyaltyRate } from '../domain/standards';

/**
 * Every record of a workspace, table by table, as the workspace file carries it (design §2) — plus the SBOM
 * components and the reference lists, which a backup must not lose either, and the decisions (format version 4). Checklists are the user's own:
 * built-ins ship with the app and are referenced by id. Evidence is metadata here; its bytes travel beside
 * it (see the workspace file).
 */
export interface WorkspaceRecords {
  vendors: Vendor[];
  dependencies: Dependency[];
  licences: Licence[];
  risks: Risk[];
  checklists: Checklist[];
  assessments: Assessment[];
  evidence: EvidenceRecord[];
  auditLog: AuditEvent[];
  reports: ReportRecord[];
  sbomComponents: SbomComponent[];
  referenceEntries: ReferenceEntry[];
  declarationSets: DeclarationSet[];
  royaltyRates: RoyaltyRate[];
  decisions: Decision[];
}

export const workspaceTables = [
  'vendors',
  'dependencies',
  'licences',
  'risks',
  'checklists',
  'assessments',
  'evidence',
  'auditLog',
  'reports',
  'sbomComponents',
  'referenceEntries',
  'declarationSets',
  'royaltyRates',
  'decisions',
] as const satisfies ReadonlyArray<keyof WorkspaceRecords>;
