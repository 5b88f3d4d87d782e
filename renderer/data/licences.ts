import { useLiveQuery } from 'dexie-react-hooks';
import { licenceSchema, type Licence, type LicenceInput } from '@shared/domain';
import { audited } from './audited';
import { workspace } from './database';
import { deleteSubjectAssessments } from './subject-assessments';
import { assertAllExist } from './existing';
import { putRecord } from './records';
import { sharedLiveQuery, sortByText } from './sharedLiveQuery';

/** Every licence, sorted by title, live and shared by all readers. Undefined while the first read is in flight. */
export const useLicences: () => Licence[] | undefined = sharedLiveQuery(async () =>
  sortByText(await workspace().licences.toArray(), (licence) => licence.title),
);

export const useLicence = (id: string | undefined): Licence | null | undefined =>
  useLiveQuery(async () => (id ? ((await workspace().licences.get(id)) ?? null) : null), [id]);

/** The licences that cover a dependency, live. */
export const useDependencyLicences = (dependencyId: string): Licence[] | undefined =>
  useLiveQuery(
    () => workspace().licences.where('dependencyIds').equals(dependencyId).sortBy('title'),
    [dependencyId],
  );

/** Saves a licence after checking, in its transaction, that its vendor and the dependencies it covers exist. */
export const saveLicence = (input: LicenceInput & { id?: string }): Promise<Licence> =>
  audited(['licences', 'vendors', 'dependencies'], async (tx) => {
    await assertAllExist(
      tx.db.vendors,
      input.vendorId ? [input.vendorId] : [],
      'common.refused.linkedVendorsGone',
    );
    await assertAllExist(
      tx.db.dependencies,
      input.dependencyIds ?? [],
      'common.refused.linkedDependenciesGone',
    );
    return putRecord(tx, 'licences', licenceSchema, input);
  });

/** Deletes a licence and removes it from the risks that cite it, in one audited transaction. */
export const deleteLicence = (id: string): Promise<void> =>
  audited(['licences', 'risks', 'assessments', 'evidence'], async (tx) => {
    const { db } = tx;
    const licence = await db.licences.get(id);
    if (!licence) return;
    const now = new Date().toISOString();
    const risks = await db.risks.where('licenceIds').equals(id).toArray();
    await db.risks.bulkPut(
      risks.map((row) =>
        tx.update('risks', row, {
          ...row,
          licenceIds: row.licenceIds.filter((other) => other !== id),
          updatedAt: now,
        }),
      ),
    );
    await deleteSubjectAssessments(tx, { type: 'licence', id }, now);
    await db.licences.delete(id);
    tx.remove('licences', licence);
  });
