import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Checklist } from '@shared/domain';
import { builtInChecklists } from '@shared/checklists';
import { localiseChecklist } from '@shared/checklists/localise';
import { builtInChecklistVersion, type ChecklistRef } from '@shared/checklists/versions';
import { memoizeLast } from '@renderer/ui/memoizeLast';
import { workspace } from './database';
import { sharedLiveQuery, sortByText } from './sharedLiveQuery';

const builtInById = new Map(builtInChecklists.map((checklist) => [checklist.id, checklist]));

/** The shipped checklist of this id, if it is one: built-ins live in the code, never in the database. */
export const builtInChecklist = (id: string): Checklist | undefined => builtInById.get(id);

/** The user's own checklists, sorted by name, live and shared by all readers. */
export const useOwnChecklists: () => Checklist[] | undefined = sharedLiveQuery(async () =>
  sortByText(await workspace().checklists.toArray(), (checklist) => checklist.name),
);

/**
 * One array per user's checklists and language, kept across screens: the Activity screen's index of 200,000
 * events is keyed on the record tables by identity, and a new array on each visit rebuilt it every time.
 */
const allChecklists = memoizeLast((own: Checklist[], language: string): Checklist[] => [
  ...builtInChecklists.map((checklist) => localiseChecklist(checklist, language)),
  ...own,
]);

/**
 * The built-in checklists first, in their shipped order and in the app's language, then the user's own as
 * they typed them. Every screen reads checklists through here, so none shows a built-in in English to a
 * French reader; only the words change, never an id.
 */
export const useChecklists = (): Checklist[] | undefined => {
  const own = useOwnChecklists();
  const { i18n } = useTranslation();
  const language = i18n.language;
  return own && allChecklists(own, language);
};

/** A checklist by id, built-in (as shipped) or the user's own; null when there is none. */
export const getChecklist = async (id: string): Promise<Checklist | null> =>
  builtInChecklist(id) ?? (await workspace().checklists.get(id)) ?? null;

/**
 * The checklist an assessment was answered against: a built-in in the version the assessment records (every
 * version that shipped is kept in the code), the user's own as stored (kept in one version only); null when
 * there is none, or the built-in version never shipped with this app.
 */
export const getAssessedChecklist = async ({
  checklistId,
  checklistVersion,
}: ChecklistRef): Promise<Checklist | null> =>
  builtInChecklist(checklistId)
    ? (builtInChecklistVersion(checklistId, checklistVersion) ?? null)
    : ((await workspace().checklists.get(checklistId)) ?? null);

/** The checklist an assessment was answered against (see getAssessedChecklist) in the app's language, live. */
export const useAssessedChecklist = (ref: ChecklistRef | null | undefined): Checklist | null | undefined => {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const id = ref?.checklistId;
  const version = ref?.checklistVersion;
  return useLiveQuery(async () => {
    const checklist =
      id !== undefined && version !== undefined
        ? await getAssessedChecklist({ checklistId: id, checklistVersion: version })
        : null;
    return checklist && localiseChecklist(checklist, language);
  }, [id, version, language]);
};

/** A checklist by id as the app's language shows it (see useChecklists), live. */
export const useChecklist = (id: string | undefined): Checklist | null | undefined => {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useLiveQuery(async () => {
    const checklist = id ? await getChecklist(id) : null;
    return checklist && localiseChecklist(checklist, language);
  }, [id, language]);
};
