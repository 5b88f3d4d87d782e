import { Refusal } from '@shared/messages/refusal';
import { useLiveQuery } from 'dexie-react-hooks';
import { vendorSchema, type Vendor, type VendorInput } from '@shared/domain';
import { audited } from './audited';
import { workspace } from './database';
import { deleteSubjectAssessments } from './subject-assessments';
import { readFirstRows, rememberFirstRows } from './firstRows';
import { saveRecord } from './records';
import { sharedLiveQuery, sortByText } from './sharedLiveQuery';

/** Every vendor, sorted by name; each read remembers the list's first rows, for the next opening (readFirstVendors). */
export const readVendors = async (): Promise<Vendor[]> => {
  const vendors = sortByText(await workspace().vendors.toArray(), (vendor) => vendor.name);
  rememberFirstRows('vendors', vendors);
  return vendors;
};

/** Every vendor (readVendors), live and shared by all readers. Undefined while the first read is in flight. */
export const useVendors: (live?: boolean) => Vendor[] | undefined = sharedLiveQuery(readVendors);

/** The vendor list's first rows, sorted by name, read before the whole table (see firstRows.ts). */
export const readFirstVendors = (): Promise<Vendor[]> => readFirstRows(workspace().vendors, 'vendors');

/** One vendor, live; null when it does not exist (deleted, or a wrong link). */
export const useVendor = (id: string | undefined): Vendor | null | undefined =>
  useLiveQuery(async () => (id ? ((await workspace().vendors.get(id)) ?? null) : null), [id]);

export const saveVendor = (input: VendorInput & { id?: string }): Promise<Vendor> =>
  saveRecord('vendors', vendorSchema, input);

/** What still points at a vendor: deleting it must reassign or clear each of these. */
export interface VendorReferences {
  dependencies: number;
  licences: number;
  subsidiaries: number;
  risks: number;
}

export const useVendorReferences = (id: string): VendorReferences | undefined =>
  useLiveQuery(async () => {
    const db = workspace();
    const [dependencies, licences, subsidiaries, risks] = await Promise.all([
      db.dependencies.where('vendorId').equals(id).count(),
      db.licences.where('vendorId').equals(id).count(),
      db.vendors.where('parentVendorId').equals(id).count(),
      db.risks.where('vendorIds').equals(id).count(),
    ]);
    return { dependencies, licences, subsidiaries, risks };
  }, [id]);

/**
 * Deletes a vendor and, in the same transaction, everything that pointed at it: its dependencies and
 * licences move to `reassignTo` (dependencies cannot exist without a vendor, so deleting a vendor that
 * still has some requires one), subsidiaries lose their parent link and risks drop the vendor. Each
 * touched record gets its own audit event, so nothing changes silently and nothing is left dangling.
 */
export const deleteVendor = async (id: string, reassignTo?: string): Promise<void> => {
  if (reassignTo === id) throw new Refusal('vendors.refused.reassignToItself');
  await audited(['vendors', 'dependencies', 'licences', 'risks', 'assessments', 'evidence'], async (tx) => {
    const { db } = tx;
    const vendor = await db.vendors.get(id);
    if (!vendor) return;
    const dependencies = await db.dependencies.where('vendorId').equals(id).toArray();
    const licences = await db.licences.where('vendorId').equals(id).toArray();
    if (dependencies.length > 0 && !reassignTo) {
      throw new Refusal('vendors.refused.reassignRequired', {
        name: vendor.name,
        count: dependencies.length,
      });
    }
    if (reassignTo && !(await db.vendors.get(reassignTo)))
      throw new Refusal('vendors.refused.reassignTargetGone');

    const now = new Date().toISOString();

    await db.dependencies.bulkPut(
      dependencies.map((row) =>
        tx.update('dependencies', row, { ...row, vendorId: reassignTo as string, updatedAt: now }),
      ),
    );
    await db.licences.bulkPut(
      licences.map((row) => {
        const { vendorId: _dropped, ...rest } = row;
        return tx.update(
          'licences',
          row,
          reassignTo ? { ...row, vendorId: reassignTo, updatedAt: now } : { ...rest, updatedAt: now },
        );
      }),
    );
    const subsidiaries = await db.vendors.where('parentVendorId').equals(id).toArray();
    await db.vendors.bulkPut(
      subsidiaries.map((row) => {
        const { parentVendorId: _dropped, ...rest } = row;
        return tx.update('vendors', row, { ...rest, updatedAt: now });
      }),
    );
    const risks = await db.risks.where('vendorIds').equals(id).toArray();
    await db.risks.bulkPut(
      risks.map((row) => {
        const vendorIds = row.vendorIds.filter((vendorId) => vendorId !== id);
        if (reassignTo && !vendorIds.includes(reassignTo)) vendorIds.push(reassignTo);
        return tx.update('risks', row, { ...row, vendorIds, updatedAt: now });
      }),
    );
    await deleteSubjectAssessments(tx, { type: 'vendor', id }, now);
    await db.vendors.delete(id);
    tx.remove('vendors', vendor);
  });
};
