import type { Transaction } from 'dexie';

/**
 * Brings version 1 records to version 2: every vendor so far is a supplier with no alias, every dependency
 * implements no recorded standard. Written once, so every reader finds the fields the schema promises.
 */
export const upgradeToV2 = async (tx: Transaction): Promise<void> => {
  await tx
    .table('vendors')
    .toCollection()
    .modify((vendor: { roles?: string[]; aliases?: string[] }) => {
      vendor.roles ??= ['supplier'];
      vendor.aliases ??= [];
    });
  await tx
    .table('dependencies')
    .toCollection()
    .modify((dependency: { standards?: string[] }) => {
      dependency.standards ??= [];
    });
};
