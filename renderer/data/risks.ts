import { useLiveQuery } from 'dexie-react-hooks';
import { riskSchema, type Risk, type RiskInput } from '@shared/domain';
import { workspace } from './database';
import { assertAllExist } from './existing';
import { audited } from './audited';
import { deleteRecords, putRecord } from './records';
import { sharedLiveQuery, sortByText } from './sharedLiveQuery';

/** Every risk, sorted by title, live and shared by all readers. Undefined while the first read is in flight. */
export const useRisks: () => Risk[] | undefined = sharedLiveQuery(async () =>
  sortByText(await workspace().risks.toArray(), (risk) => risk.title),
);

export const useRisk = (id: string | undefined): Risk | null | undefined =>
  useLiveQuery(async () => (id ? ((await workspace().risks.get(id)) ?? null) : null), [id]);

/** Saves a risk after checking, in its transaction, that the vendors, dependencies and licences it links to exist. */
export const saveRisk = (input: RiskInput & { id?: string }): Promise<Risk> =>
  audited(['risks', 'vendors', 'dependencies', 'licences'], async (tx) => {
    await assertAllExist(tx.db.vendors, input.vendorIds ?? [], 'common.refused.linkedVendorsGone');
    await assertAllExist(
      tx.db.dependencies,
      input.dependencyIds ?? [],
      'common.refused.linkedDependenciesGone',
    );
    await assertAllExist(tx.db.licences, input.licenceIds ?? [], 'common.refused.linkedLicencesGone');
    return putRecord(tx, 'risks', riskSchema, input);
  });

/** Deletes a risk with its actions; nothing else links to a risk. */
export const deleteRisk = (id: string): Promise<void> => deleteRecords('risks', [id]);
