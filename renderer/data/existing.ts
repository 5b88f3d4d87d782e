import type { Table } from 'dexie';

/**
 * Refuses a save that links to records no longer there (deleted in another window, or since the form was
 * opened): the message says how many, and nothing is written.
 */
export const assertAllExist = async (
  table: Table<unknown, string>,
  ids: readonly string[],
  what: string,
): Promise<void> => {
  if (ids.length === 0) return;
  const found = await table.bulkGet([...ids]);
  const missing = found.filter((row) => row === undefined).length;
  if (missing > 0) throw new Error(`Linked ${what} no longer found: ${missing}.`);
};
