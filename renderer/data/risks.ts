import { useLiveQuery } from 'dexie-react-hooks';
import { riskSchema, type Risk, type RiskInput } from '@shared/domain';
import { workspace } from './database';
import { assertAllExist } from './existing';
import { deleteRecords, saveRecord } from './records';
import { sharedLiveQuery, sortByText } from './sharedLiveQuery';

/** Every risk, sorted by title, live and shared by all readers. Undefined while the first read is in flight. */
export const useRisks: () => Risk[] | undefined = sharedLiveQuery(async () =>
  sortByText(await workspace().risks.toArray(), (risk) => risk.title),
);

export const useRisk = (id: string | undefined): Risk | null | undefined =>
  useLiveQuery(async () => (id ? ((await workspace().risks.get(id)) ?? null) : null), [id]);

/** Saves a risk after checking that the vendors, dependencies and licences it links to exist. */
export const saveRisk = async (input: RiskInput & { id?: string }): Promise<Risk> => {
  const db = workspace();
  await assertAllExist(db.vendors, input.vendorIds ?? [], 'common.refused.linkedVendorsGone');
  await assertAllExist(db.dependencies, input.dependencyIds ?? [], 'common.refused.linkedDependenciesGone');
  await assertAllExist(db.licences, input.licenceIds ?? [], 'common.refused.linkedLicencesGone');
  return saveRecord('risks', riskSchema, input);
};

/** Deletes a risk with its actions; nothing else links to a risk. */
export const deleteRisk = (id: string): Promise<void> => deleteRecords('risks', [id]);
