import type { Transaction } from 'dexie';
import type { SbomComponent } from '@shared/domain';
import { toSbomDocuments } from '@shared/sbom/documents';

/**
 * Brings version 3 (or older) SBOM components into version 4: the rows of each dependency become its one
 * document, every component kept with its id and timestamps. Dexie deletes the old table after this runs.
 */
export const upgradeToV4 = async (tx: Transaction): Promise<void> => {
  const rows = await tx.table<SbomComponent, string>('sbomComponents').toArray();
  await tx.table('sboms').bulkAdd(toSbomDocuments(rows));
};
