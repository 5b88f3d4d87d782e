import { useLiveQuery } from 'dexie-react-hooks';
import { vendorSchema, type Vendor } from '@shared/domain';
import {
  declarationSetSchema,
  defaultPatentAssumptions,
  patentAssumptionsSchema,
  royaltyRateSchema,
  type DeclarationSet,
  type DeclarationSetInput,
  type PatentAssumptions,
  type PatentAssumptionsInput,
  type RoyaltyRate,
  type RoyaltyRateInput,
} from '@shared/domain/standards';
import { Refusal } from '@shared/messages/refusal';
import type { PatentAssumptionsRow } from '../db/database';
import { diffRecords } from './audit';
import { audited } from './audited';
import { workspace } from './database';
import { deleteRecords, putRecords, saveRecord } from './records';
import { sharedLiveQuery } from './sharedLiveQuery';

export const ASSUMPTIONS_KEY = 'patent-assumptions';

/** Every declaration set, newest import first, live and shared (the Standards screens all read them). */
export const useDeclarationSets: () => DeclarationSet[] | undefined = sharedLiveQuery(async () =>
  workspace().declarationSets.orderBy('importedAt').reverse().toArray(),
);

/** Every royalty rate, live and shared. */
export const useRoyaltyRates: () => RoyaltyRate[] | undefined = sharedLiveQuery(() =>
  workspace().royaltyRates.toArray(),
);

/** The essentiality assumptions and share threshold, live; none set reads as no assumption. */
export const usePatentAssumptions = (): PatentAssumptions | undefined =>
  useLiveQuery(async () => {
    const row = await workspace().table<PatentAssumptionsRow, string>('settings').get(ASSUMPTIONS_KEY);
    if (!row) return defaultPatentAssumptions;
    const { key: _key, ...assumptions } = row;
    return assumptions;
  });

/** What an import did: the set written, and the one of the same source it replaced, if any. */
export interface DeclarationImport {
  set: DeclarationSet;
  replaced?: DeclarationSet;
}

/** The audit of a set: what identifies the file, never its aggregates (tens of thousands of entries). */
const setSummary = (set: DeclarationSet) => ({
  source: set.source,
  fileName: set.fileName,
  sha256: set.sha256,
  rowCount: set.rowCount,
  holders: set.aggregates.holders.length,
  families: set.aggregates.families,
});

/**
 * Stores an imported declarations file in one transaction: the set in force of the same source (if any)
 * is marked replaced — kept, for comparison — and the new one written, both audited. Validated with the
 * set's schema first, so nothing is written from aggregates that do not hold together.
 */
export const importDeclarationSet = async (input: DeclarationSetInput): Promise<DeclarationImport> => {
  const now = new Date().toISOString();
  const set = declarationSetSchema.parse({
    ...input,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  });
  return audited(['declarationSets'], async (tx) => {
    const { db } = tx;
    const inForce = await db.declarationSets
      .where('source')
      .equals(set.source)
      .filter((earlier) => earlier.replacedAt === undefined)
      .toArray();
    for (const earlier of inForce) {
      tx.record({
        table: 'declarationSets',
        recordId: earlier.id,
        action: 'update',
        changes: { replacedAt: [null, now] },
      });
    }
    await db.declarationSets.bulkPut(
      inForce.map((earlier) => ({ ...earlier, replacedAt: now, updatedAt: now })),
    );
    await db.declarationSets.add(set);
    tx.record({
      table: 'declarationSets',
      recordId: set.id,
      action: 'create',
      changes: diffRecords(undefined, setSummary(set)),
    });
    const [replaced] = inForce;
    return { set, ...(replaced && { replaced: { ...replaced, replacedAt: now } }) };
  });
};

/** Deletes a set that is no longer in force (an older export kept for comparison). */
export const deleteDeclarationSet = (id: string): Promise<void> =>
  audited(['declarationSets'], async (tx) => {
    const set = await tx.db.declarationSets.get(id);
    if (!set) return;
    if (set.replacedAt === undefined) throw new Refusal('standards.refused.deleteInForce');
    await tx.db.declarationSets.delete(id);
    tx.record({
      table: 'declarationSets',
      recordId: id,
      action: 'delete',
      changes: diffRecords(setSummary(set), undefined),
    });
  });

/**
 * Confirms that a declaring company is an existing vendor: its spellings become the vendor's aliases (so
 * the matcher finds it next time, whatever file) and the vendor takes the patent-holder role. One
 * transaction, audited as an update of the vendor.
 */
export const attachHolderToVendor = async (
  vendorId: string,
  spellings: readonly string[],
): Promise<Vendor> => {
  return audited(['vendors'], async (tx) => {
    const vendor = await tx.db.vendors.get(vendorId);
    if (!vendor) throw new Refusal('common.refused.vendorGone');
    const [saved] = await putRecords<Vendor>(tx, 'vendors', vendorSchema, [
      {
        id: vendor.id,
        aliases: [...vendor.aliases, ...spellings.filter((spelling) => spelling !== vendor.name)],
        roles: [...vendor.roles, 'patent-holder'],
      },
    ]);
    return saved ?? vendor;
  });
};

/** Records a declaring company as a vendor that holds patents and supplies nothing (yet). */
export const createPatentHolder = (holder: {
  name: string;
  hqCountry: string;
  spellings: readonly string[];
}): Promise<Vendor> =>
  saveRecord<Vendor>('vendors', vendorSchema, {
    name: holder.name,
    hqCountry: holder.hqCountry,
    roles: ['patent-holder'],
    aliases: holder.spellings.filter((spelling) => spelling !== holder.name),
  });

export const saveRoyaltyRate = (input: RoyaltyRateInput & { id?: string }): Promise<RoyaltyRate> =>
  saveRecord<RoyaltyRate>('royaltyRates', royaltyRateSchema, input);

export const deleteRoyaltyRate = (id: string): Promise<void> => deleteRecords('royaltyRates', [id]);

/** Saves the essentiality assumptions and share threshold, audited as a settings change. */
export const savePatentAssumptions = async (input: PatentAssumptionsInput): Promise<PatentAssumptions> => {
  const assumptions = patentAssumptionsSchema.parse(input);
  await audited([], async (tx) => {
    const settings = tx.db.table<PatentAssumptionsRow, string>('settings');
    const before = await settings.get(ASSUMPTIONS_KEY);
    const { key: _key, ...earlier } = before ?? { key: ASSUMPTIONS_KEY, ...defaultPatentAssumptions };
    const changes = diffRecords(earlier, assumptions);
    if (Object.keys(changes).length === 0) return;
    await settings.put({ key: ASSUMPTIONS_KEY, ...assumptions });
    tx.record({
      table: 'settings',
      recordId: ASSUMPTIONS_KEY,
      action: before ? 'update' : 'create',
      changes,
    });
  });
  return assumptions;
};
