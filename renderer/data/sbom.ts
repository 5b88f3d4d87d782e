import { Refusal } from '@shared/messages/refusal';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SbomComponent, SbomComponentInput, SbomDocument, SbomDocumentComponent } from '@shared/domain';
import { flattenSbomDocuments, sbomDocument, toSbomDocuments } from '@shared/sbom/documents';
import type { AuditEntry } from './audit';
import { audited, type AuditedTransaction } from './audited';
import { workspace } from './database';

/** Every SBOM component of the workspace, live (the board report counts copyleft components). */
export const useAllSbomComponents = (): SbomComponent[] | undefined =>
  useLiveQuery(async () => flattenSbomDocuments(await workspace().sboms.toArray()));

/** One dependency's SBOM document, live: null when it has none, undefined while the first read is in flight. */
export const useDependencySbom = (dependencyId: string): SbomDocument | null | undefined =>
  useLiveQuery(async () => (await workspace().sboms.get(dependencyId)) ?? null, [dependencyId]);

/** What tells two components apart across imports (each import gives its components new ids). */
const identity = ({ name, version, purl }: SbomDocumentComponent): string =>
  `${name}\n${version ?? ''}\n${purl ?? ''}`;

/** How many components of `from` are not in `to`, by name, version and package URL. */
const countMissing = (
  from: readonly SbomDocumentComponent[],
  to: readonly SbomDocumentComponent[],
): number => {
  const present = new Set(to.map(identity));
  return from.filter((component) => !present.has(identity(component))).length;
};

/**
 * Audit of an SBOM change: ONE event on the dependency's SBOM (table 'sbomComponents', recordId the
 * dependency id) recording the component count before and after and, when an SBOM replaces another, how
 * many components came and went, rather than one event per component. An SBOM is replaced as a whole, from
 * a file the user keeps, so the trail records who replaced it, when and how much changed; 50,000 events each
 * holding a full component would multiply the size of the workspace for nothing a reviewer reads.
 */
const sbomEvent = (
  dependencyId: string,
  before: readonly SbomDocumentComponent[],
  after: readonly SbomDocumentComponent[],
): AuditEntry => ({
  table: 'sbomComponents',
  recordId: dependencyId,
  action: before.length === 0 ? 'create' : after.length === 0 ? 'delete' : 'update',
  changes: {
    components: [before.length, after.length],
    ...(before.length > 0 &&
      after.length > 0 && {
        componentsAdded: [null, countMissing(after, before)],
        componentsRemoved: [null, countMissing(before, after)],
      }),
  },
});

/**
 * Writes `components` as the SBOM of a dependency in one transaction: its document is replaced whole and
 * the change audited, or nothing is written. Refused if the dependency no longer exists. The components come
 * from parseSbom, which validated every one of them with the component schema; they are not parsed again
 * here, which keeps 50,000 components to one document write.
 */
export const replaceSbom = (
  dependencyId: string,
  components: readonly SbomComponentInput[],
): Promise<number> =>
  audited(['dependencies', 'sboms'], async (tx) => {
    const { db } = tx;
    if (!(await db.dependencies.get(dependencyId))) throw new Refusal('sbom.refused.dependencyGone');
    const before = (await db.sboms.get(dependencyId))?.components ?? [];
    const now = new Date().toISOString();
    const stored = components.map(({ dependencyId: _dependency, ...component }): SbomDocumentComponent => ({
      ...component,
      licences: component.licences ?? [],
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
    }));
    await db.sboms.put(sbomDocument(dependencyId, stored));
    tx.record(sbomEvent(dependencyId, before, stored));
    return stored.length;
  });

/**
 * Deletes a dependency's SBOM document with its audit event, inside the caller's audited transaction (over
 * `sboms`); nothing happens when it has none.
 */
export const deleteSbom = async (tx: AuditedTransaction, dependencyId: string): Promise<void> => {
  const document = await tx.db.sboms.get(dependencyId);
  if (!document) return;
  await tx.db.sboms.delete(dependencyId);
  tx.record(sbomEvent(dependencyId, document.components, []));
};

/** Removes a dependency's SBOM, audited like an import; nothing happens when it has none. */
export const clearSbom = (dependencyId: string): Promise<void> =>
  audited(['sboms'], (tx) => deleteSbom(tx, dependencyId));

/**
 * Writes the components a merge takes (new ones, or ones replacing this workspace's version of the same id)
 * into their dependencies' documents, inside the merge's transaction (over `sboms`); a component now under
 * another dependency leaves its earlier document. Records each SBOM changed as one change (a part of the
 * merge's event), as replacing an SBOM records one event, not one per component.
 */
export const mergeSbomComponents = async (
  tx: AuditedTransaction,
  components: readonly SbomComponent[],
): Promise<void> => {
  if (components.length === 0) return;
  const { db } = tx;
  const documents = await db.sboms.toArray();
  const before = new Map(documents.map((document) => [document.dependencyId, document.components]));
  const byId = new Map(flattenSbomDocuments(documents).map((component) => [component.id, component]));
  const touched = new Set<string>();
  for (const component of components) {
    const earlier = byId.get(component.id);
    if (earlier) touched.add(earlier.dependencyId);
    touched.add(component.dependencyId);
    byId.set(component.id, component);
  }
  const after = new Map(
    toSbomDocuments([...byId.values()].filter((component) => touched.has(component.dependencyId))).map(
      (document) => [document.dependencyId, document],
    ),
  );
  await db.sboms.bulkPut([...after.values()]);
  await db.sboms.bulkDelete([...touched].filter((dependencyId) => !after.has(dependencyId)));
  for (const dependencyId of touched)
    tx.record(
      sbomEvent(dependencyId, before.get(dependencyId) ?? [], after.get(dependencyId)?.components ?? []),
    );
};
