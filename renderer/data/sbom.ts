import { Refusal } from '@shared/messages/refusal';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SbomComponent, SbomComponentInput } from '@shared/domain';
import type { AuditEntry } from './audit';
import { audited } from './audited';
import { workspace } from './database';

/** Every SBOM component of the workspace, live (the board report counts copyleft components). */
export const useAllSbomComponents = (): SbomComponent[] | undefined =>
  useLiveQuery(() => workspace().sbomComponents.toArray());

/** The components of one dependency's SBOM, live. Undefined while the first read is in flight. */
export const useDependencySbom = (dependencyId: string): SbomComponent[] | undefined =>
  useLiveQuery(
    () => workspace().sbomComponents.where('dependencyId').equals(dependencyId).toArray(),
    [dependencyId],
  );

/**
 * Audit of an SBOM change: ONE event on the dependency's SBOM (table 'sbomComponents', recordId the
 * dependency id) recording the component count before and after, rather than one event per component.
 * An SBOM is replaced as a whole, from a file the user keeps, so the trail records who replaced it and when;
 * 50,000 events each holding a full component would multiply the size of the workspace for nothing a
 * reviewer reads.
 */
const sbomEvent = (dependencyId: string, before: number, after: number): AuditEntry => ({
  table: 'sbomComponents',
  recordId: dependencyId,
  action: before === 0 ? 'create' : after === 0 ? 'delete' : 'update',
  changes: { components: [before, after] },
});

/**
 * Writes `components` as the SBOM of a dependency in one transaction: the earlier components are deleted,
 * the new ones added, and the change audited, or nothing is written. Refused if the dependency no longer
 * exists. The components come from parseSbom, which validated every one of them with the component
 * schema; they are not parsed again here, which keeps 50,000 components to a bare bulkAdd.
 */
export const replaceSbom = (
  dependencyId: string,
  components: readonly SbomComponentInput[],
): Promise<number> =>
  audited(['dependencies', 'sbomComponents'], async (tx) => {
    const { db } = tx;
    if (!(await db.dependencies.get(dependencyId))) throw new Refusal('sbom.refused.dependencyGone');
    const earlier = db.sbomComponents.where('dependencyId').equals(dependencyId);
    const before = await earlier.count();
    await earlier.delete();
    const now = new Date().toISOString();
    const rows: SbomComponent[] = components.map((component) => ({
      ...component,
      licences: component.licences ?? [],
      dependencyId,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
    }));
    await db.sbomComponents.bulkAdd(rows);
    tx.record(sbomEvent(dependencyId, before, rows.length));
    return rows.length;
  });

/** Removes a dependency's SBOM, audited like an import; nothing happens when it has none. */
export const clearSbom = (dependencyId: string): Promise<void> =>
  audited(['sbomComponents'], async (tx) => {
    const components = tx.db.sbomComponents.where('dependencyId').equals(dependencyId);
    const before = await components.count();
    if (before === 0) return;
    await components.delete();
    tx.record(sbomEvent(dependencyId, before, 0));
  });
