/** Rows a list shows before the whole table is read: more than a tall window holds. */
export const FIRST_ROWS = 60;

/** The lists that open on their first rows. */
export type FirstRowsList = 'vendors' | 'dependencies';

const storageKey = (list: FirstRowsList): string => `diligence-workbench.first-rows.${list}`;

const storage = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/**
 * Keeps the ids of a list's first rows in its default order, each time the whole sorted table is read, so
 * the next opening can read those rows alone by primary key (see readFirstRows).
 */
export const rememberFirstRows = (list: FirstRowsList, sorted: readonly { id: string }[]): void => {
  try {
    storage()?.setItem(storageKey(list), JSON.stringify(sorted.slice(0, FIRST_ROWS).map((row) => row.id)));
  } catch {
    // Storage full or refused: the list then opens once the whole table is read, as it always could.
  }
};

const rememberedIds = (list: FirstRowsList): string[] => {
  try {
    const ids: unknown = JSON.parse(storage()?.getItem(storageKey(list)) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * The first rows of a list in its default order, at most FIRST_ROWS: the rows remembered when the table was
 * last read whole, as they are stored now (a row deleted since is left out). Empty when nothing is
 * remembered, so the list waits for the whole table.
 */
export const readFirstRows = async <T>(
  table: { bulkGet: (ids: string[]) => PromiseLike<(T | undefined)[]> },
  list: FirstRowsList,
): Promise<T[]> => {
  const ids = rememberedIds(list).slice(0, FIRST_ROWS);
  if (ids.length === 0) return [];
  return (await table.bulkGet(ids)).filter((row) => row !== undefined);
};
