import { useLiveQuery } from 'dexie-react-hooks';
import { licenceSchema, type Licence, type LicenceInput } from '@shared/domain';
import { AuditBatch, currentActor } from './audit';
import { workspace } from './database';
import { deleteSubjectAssessments } from './subject-assessments';
import { assertAllExist } from './existing';
import { saveRecord } from './records';
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

/** Saves a licence after checking that its vendor and the dependencies it covers exist. */
export const saveLicence = async (input: LicenceInput & { id?: string }): Promise<Licence> => {
  const db = workspace();
  await assertAllExist(
    db.vendors,
    input.vendorId ? [input.vendorId] : [],
    'common.refused.linkedVendorsGone',
  );
  await assertAllExist(db.dependencies, input.dependencyIds ?? [], 'common.refused.linkedDependenciesGone');
  return saveRecord('licences', licenceSchema, input);
};

/** Deletes a licence and removes it from the risks that cite it, in one audited transaction. */
export const deleteLicence = async (id: string): Promise<void> => {
  const db = workspace();
  const tables = [db.licences, db.risks, db.assessments, db.evidence, db.auditLog, db.settings];
  await db.transaction('rw', tables, async () => {
    const licence = await db.licences.get(id);
    if (!licence) return;
    const audit = new AuditBatch(await currentActor(db));
    const now = new Date().toISOString();
    const risks = await db.risks.where('licenceIds').equals(id).toArray();
    await db.risks.bulkPut(
      risks.map((row) =>
        audit.update('risks', row, {
          ...row,
          licenceIds: row.licenceIds.filter((other) => other !== id),
          updatedAt: now,
        }),
      ),
    );
    await deleteSubjectAssessments(db, audit, { type: 'licence', id }, now);
    await db.licences.delete(id);
    audit.remove('licences', licence);
    await db.auditLog.bulkAdd(audit.events);
  });
};
