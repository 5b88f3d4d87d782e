import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Checklist } from '@shared/domain';
import { builtInChecklists } from '@shared/checklists';
import { workspace } from './database';
import { sharedLiveQuery, sortByText } from './sharedLiveQuery';

const builtInById = new Map(builtInChecklists.map((checklist) => [checklist.id, checklist]));

/** The shipped checklist of this id, if it is one: built-ins live in the code, never in the database. */
export const builtInChecklist = (id: string): Checklist | undefined => builtInById.get(id);

/** The user's own checklists, sorted by name, live and shared by all readers. */
export const useOwnChecklists: () => Checklist[] | undefined = sharedLiveQuery(async () =>
  sortByText(await workspace().checklists.toArray(), (checklist) => checklist.name),
);

/** The built-in checklists first, in their shipped order, then the user's own. */
export const useChecklists = (): Checklist[] | undefined => {
  const own = useOwnChecklists();
  return useMemo(() => own && [...builtInChecklists, ...own], [own]);
};

/** A checklist by id, built-in or the user's own; null when there is none. */
export const getChecklist = async (id: string): Promise<Checklist | null> =>
  builtInChecklist(id) ?? (await workspace().checklists.get(id)) ?? null;

export const useChecklist = (id: string | undefined): Checklist | null | undefined =>
  useLiveQuery(async () => (id ? getChecklist(id) : null), [id]);
