import type { Table } from 'dexie';
import type { MessageKey } from '@shared/messages/message-key';
import { Refusal } from '@shared/messages/refusal';

/**
 * Refuses a save that links to records no longer there (deleted in another window, or since the form was
 * opened): `refusal` says which kind, with how many as `count`, and nothing is written.
 */
export const assertAllExist = async (
  table: Table<unknown, string>,
  ids: readonly string[],
  refusal: MessageKey,
): Promise<void> => {
  if (ids.length === 0) return;
  const found = await table.bulkGet([...ids]);
  const missing = found.filter((row) => row === undefined).length;
  if (missing > 0) throw new Refusal(refusal, { count: missing });
};
