import type { EntityTable } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  CURRENT_SCHEMA,
  WorkbenchDatabase,
  type DatabaseSchema,
  type AuditEventRow,
  type EvidenceRow,
  type StoredTable,
  type TableName,
} from '@renderer/db/database';
import { storedWorkspaceTables } from '@renderer/data/workspace-tables';
import type { SbomDocument } from '@shared/domain';
import {
  workspaceTableSchemas,
  workspaceTables,
  type WorkspaceRecords,
  type WorkspaceTable,
} from '@shared/workspace/workspace-data';
import { workspaceFileSchema } from '@shared/workspace/workspace-file';

/** What the database stores for a table of the registry: its record, evidence with its file. */
type StoredRow<Table extends WorkspaceTable> = Table extends 'evidence'
  ? EvidenceRow
  : Table extends 'auditLog'
    ? AuditEventRow
    : WorkspaceRecords[Table][number];

describe('the table registry', () => {
  it('is behind every table of the database but the settings, and a version missing one of them is refused', () => {
    // SBOM components are stored as one document per dependency: the file's `sbomComponents` are the `sboms`.
    expectTypeOf<Exclude<TableName, 'settings'>>().toEqualTypeOf<StoredTable>();
    const { decisions: _decisions, ...withoutDecisions } = CURRENT_SCHEMA;
    // @ts-expect-error a database version without one of the registry's tables is not a current schema
    const refused: DatabaseSchema = withoutDecisions;
    expect(Object.keys(refused)).not.toContain('decisions');

    const db = new WorkbenchDatabase('table-registry', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [...storedWorkspaceTables, 'settings'].sort(),
    );
    expect(storedWorkspaceTables).toEqual(
      workspaceTables.map((table) => (table === 'sbomComponents' ? 'sboms' : table)),
    );
  });

  it("types each table of the database for its schema's records", () => {
    type ById = Exclude<WorkspaceTable, 'sbomComponents'>;
    expectTypeOf<{ [Table in ById]: WorkbenchDatabase[Table] }>().toEqualTypeOf<{
      [Table in ById]: EntityTable<StoredRow<Table>, 'id'>;
    }>();
    expectTypeOf<WorkbenchDatabase['sboms']>().toEqualTypeOf<EntityTable<SbomDocument, 'dependencyId'>>();
  });

  it("gives the workspace file one array of records per table, each checked by its table's schema", () => {
    const { shape } = workspaceFileSchema;
    expect(Object.keys(shape).filter((key) => key in workspaceTableSchemas)).toEqual(workspaceTables);
    for (const table of workspaceTables) {
      expect((shape[table] as z.ZodArray).element).toBe(workspaceTableSchemas[table]);
    }
    expectTypeOf<
      Pick<z.output<typeof workspaceFileSchema>, WorkspaceTable>
    >().toEqualTypeOf<WorkspaceRecords>();
  });
});
