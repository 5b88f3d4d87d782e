import { Dexie, type EntityTable } from 'dexie';
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
  ReviewCycles,
  Risk,
  SbomDocument,
  Settings,
  SignOffPolicy,
  Vendor,
} from '@shared/domain';
import { DATABASE_NAME } from '@shared/app-identity';
import type {
  DeclarationSet,
  PatentAssumptions,
  RoyaltyRate,
  StandardListEntry,
} from '@shared/domain/standards';
import type { WorkspaceTable } from '@shared/workspace/workspace-data';
import { SCHEMA_V1 } from './schema-v1';
import { SCHEMA_V2 } from './schema-v2';
import { upgradeToV2 } from './schema-v2-upgrade';
import { SCHEMA_V3 } from './schema-v3';
import { DELETED_IN_V4, SCHEMA_V4 } from './schema-v4';
import { upgradeToV4 } from './schema-v4-upgrade';
import { SCHEMA_V5 } from './schema-v5';

/** Evidence metadata with the file itself; the bytes live beside the record so they share its transaction. */
export type EvidenceRow = EvidenceRecord & { blob: Blob };

/**
 * An audit event as stored: a bulk event (one that lists its records) carries the keys of its records
 * (`table:recordId`), multiEntry-indexed so a record's history finds it. Derived when the event is written
 * (renderer/data/stored-audit-events.ts), never part of the workspace file.
 */
export type AuditEventRow = AuditEvent & { recordKeys?: string[] };

/** The user's profile: the settings row every screen reads through `db.settings`. */
export type ProfileRow = { key: 'profile' } & Settings;

/** When the workspace was last backed up (exported whole), for the backup reminder. */
export interface LastBackupRow {
  key: 'last-backup';
  at: string;
}

/** How often assessments and risks are reviewed (Settings → Review cycles). */
export type ReviewCyclesRow = { key: 'review-cycles' } & ReviewCycles;

/** Essentiality assumptions and the share threshold of declared patents (Standards screen). */
export type PatentAssumptionsRow = { key: 'patent-assumptions' } & PatentAssumptions;
/** The reference list of standards once edited (Standards → Reference list); absent, the built-in one. */
export interface StandardsReferenceRow {
  key: 'standards-reference';
  entries: StandardListEntry[];
}
/** Whether one person may approve their own assessment (Settings → Sign-off). */
export type SignOffPolicyRow = { key: 'sign-off' } & SignOffPolicy;

/**
 * The settings table holds one row per settings group, keyed by name. `db.settings` is typed for the
 * profile; other rows are reached with `db.table<Row, string>('settings')`.
 */
export type SettingsRow =
  | ProfileRow
  | LastBackupRow
  | ReviewCyclesRow
  | PatentAssumptionsRow
  | StandardsReferenceRow
  | SignOffPolicyRow;

/** The schema version this build writes; a database at a higher one was written by a newer app. */
export const SCHEMA_VERSION = 5;

/**
 * The database table behind a table of the workspace file: the file lists SBOM components flat, the database
 * keeps them in one document per dependency (`sboms`, version 4).
 */
export type StoredTable<T extends WorkspaceTable = WorkspaceTable> = T extends 'sbomComponents' ? 'sboms' : T;

/** What the current version must hold: the table behind each table of the registry (workspace-data.ts), and the settings. */
export type DatabaseSchema = Readonly<Record<StoredTable | 'settings', string>>;

/** Every table of the current version, with its indexes. */
export const CURRENT_SCHEMA = SCHEMA_V5 satisfies DatabaseSchema;

export type TableName = keyof typeof CURRENT_SCHEMA;

/**
 * The tables audit events name: every table, and `sbomComponents`, the name the trail has always given a
 * dependency's SBOM (its events' recordId is the dependency), kept after version 4 stored SBOMs as documents.
 */
export type AuditedTable = TableName | 'sbomComponents';

export class WorkbenchDatabase extends Dexie {
  declare vendors: EntityTable<Vendor, 'id'>;
  declare dependencies: EntityTable<Dependency, 'id'>;
  declare licences: EntityTable<Licence, 'id'>;
  declare risks: EntityTable<Risk, 'id'>;
  declare checklists: EntityTable<Checklist, 'id'>;
  declare assessments: EntityTable<Assessment, 'id'>;
  declare evidence: EntityTable<EvidenceRow, 'id'>;
  declare auditLog: EntityTable<AuditEventRow, 'id'>;
  declare reports: EntityTable<ReportRecord, 'id'>;
  declare sboms: EntityTable<SbomDocument, 'dependencyId'>;
  declare referenceEntries: EntityTable<ReferenceEntry, 'id'>;
  declare declarationSets: EntityTable<DeclarationSet, 'id'>;
  declare royaltyRates: EntityTable<RoyaltyRate, 'id'>;
  declare decisions: EntityTable<Decision, 'id'>;
  declare settings: EntityTable<ProfileRow, 'key'>;

  constructor(
    name: string = DATABASE_NAME,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    // Strict durability: a write the user saw confirmed must survive a power cut, at a small speed cost.
    super(name, { chromeTransactionDurability: 'strict', autoOpen: false, ...options });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores({ ...SCHEMA_V4, ...DELETED_IN_V4 })
      .upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5);
  }
}
