import { Refusal } from '@shared/messages/refusal';
import { useLiveQuery } from 'dexie-react-hooks';
import { dependencySchema, type Dependency, type DependencyInput, type Vendor } from '@shared/domain';
import { audited } from './audited';
import { workspace } from './database';
import { deleteSubjectAssessments } from './subject-assessments';
import { deleteSbom } from './sbom';
import { assertAllExist } from './existing';
import { readFirstRows, rememberFirstRows } from './firstRows';
import { putRecord } from './records';
import { sharedLiveQuery, sortByText } from './sharedLiveQuery';

/**
 * Every dependency, sorted by name; each read remembers the list's first rows, for the next opening
 * (readFirstDependencies).
 */
export const readDependencies = async (): Promise<Dependency[]> => {
  const dependencies = sortByText(await workspace().dependencies.toArray(), (dependency) => dependency.name);
  rememberFirstRows('dependencies', dependencies);
  return dependencies;
};

/** Every dependency (readDependencies), live and shared by all readers. Undefined while the first read is in flight. */
export const useDependencies: (live?: boolean) => Dependency[] | undefined =
  sharedLiveQuery(readDependencies);

/**
 * The dependency list's first rows, sorted by name, with their vendors (for the vendor column), read in one
 * transaction before the whole tables (see firstRows.ts).
 */
export const readFirstDependencies = (): Promise<{ dependencies: Dependency[]; vendors: Vendor[] }> => {
  const db = workspace();
  return db.transaction('r', [db.dependencies, db.vendors], async () => {
    const dependencies = await readFirstRows(db.dependencies, 'dependencies');
    const vendorIds = [...new Set(dependencies.map((dependency) => dependency.vendorId))];
    const vendors = (await db.vendors.bulkGet(vendorIds)).filter((vendor) => vendor !== undefined);
    return { dependencies, vendors };
  });
};

export const useDependency = (id: string | undefined): Dependency | null | undefined =>
  useLiveQuery(async () => (id ? ((await workspace().dependencies.get(id)) ?? null) : null), [id]);

/** A vendor's own dependencies, live. */
export const useVendorDependencies = (vendorId: string): Dependency[] | undefined =>
  useLiveQuery(() => workspace().dependencies.where('vendorId').equals(vendorId).sortBy('name'), [vendorId]);

/** What still points at a dependency: deleting it removes it from each of these. */
export interface DependencyReferences {
  dependents: number;
  licences: number;
  risks: number;
}

export const useDependencyReferences = (id: string): DependencyReferences | undefined =>
  useLiveQuery(async () => {
    const db = workspace();
    const [dependents, licences, risks] = await Promise.all([
      db.dependencies.where('upstreamIds').equals(id).count(),
      db.licences.where('dependencyIds').equals(id).count(),
      db.risks.where('dependencyIds').equals(id).count(),
    ]);
    return { dependents, licences, risks };
  }, [id]);

/** Saves a dependency after checking, in its transaction, that its vendor and upstream dependencies exist. */
export const saveDependency = (input: DependencyInput & { id?: string }): Promise<Dependency> =>
  audited(['dependencies', 'vendors'], async (tx) => {
    const vendor = input.vendorId ? await tx.db.vendors.get(input.vendorId) : undefined;
    if (input.vendorId && !vendor) throw new Refusal('common.refused.vendorGone');
    await assertAllExist(tx.db.dependencies, input.upstreamIds ?? [], 'common.refused.upstreamGone');
    return putRecord(tx, 'dependencies', dependencySchema, input);
  });

/**
 * Deletes a dependency and removes every link to it in the same transaction: other dependencies'
 * upstream lists, licences' covered dependencies, risks, and its SBOM (audited as removed).
 */
export const deleteDependency = (id: string): Promise<void> =>
  audited(['dependencies', 'licences', 'risks', 'sboms', 'assessments', 'evidence'], async (tx) => {
    const { db } = tx;
    const dependency = await db.dependencies.get(id);
    if (!dependency) return;
    const now = new Date().toISOString();
    const without = (ids: readonly string[]): string[] => ids.filter((other) => other !== id);

    const downstream = await db.dependencies.where('upstreamIds').equals(id).toArray();
    await db.dependencies.bulkPut(
      downstream.map((row) =>
        tx.update('dependencies', row, { ...row, upstreamIds: without(row.upstreamIds), updatedAt: now }),
      ),
    );
    const licences = await db.licences.where('dependencyIds').equals(id).toArray();
    await db.licences.bulkPut(
      licences.map((row) =>
        tx.update('licences', row, { ...row, dependencyIds: without(row.dependencyIds), updatedAt: now }),
      ),
    );
    const risks = await db.risks.where('dependencyIds').equals(id).toArray();
    await db.risks.bulkPut(
      risks.map((row) =>
        tx.update('risks', row, { ...row, dependencyIds: without(row.dependencyIds), updatedAt: now }),
      ),
    );
    await deleteSbom(tx, id);
    await deleteSubjectAssessments(tx, { type: 'dependency', id }, now);
    await db.dependencies.delete(id);
    tx.remove('dependencies', dependency);
  });
