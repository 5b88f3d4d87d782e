/**
 * Answer and comment text kept on this machine (localStorage) at each keystroke until the workspace holds
 * it, so a page closed mid-save loses no word (see useDraftText). A draft belongs to one assessment: when
 * a restore, a merge or a deletion changes that assessment, the draft is discarded — otherwise it would
 * come back over the restored answer the next time the item shows.
 */

const PREFIX = 'diligence-workbench.draft.';

/** `draftKey` is `<assessment id>.<item id>` followed by the field (`.value`, `.comment`). */
const storageKey = (draftKey: string): string => `${PREFIX}${draftKey}`;

const storage = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

export const readDraft = (draftKey: string): string | null => {
  try {
    return storage()?.getItem(storageKey(draftKey)) ?? null;
  } catch {
    return null;
  }
};

export const writeDraft = (draftKey: string, text: string | null): void => {
  try {
    if (text === null) storage()?.removeItem(storageKey(draftKey));
    else storage()?.setItem(storageKey(draftKey), text);
  } catch {
    // Storage full or refused: the database save still runs; only the reload safety net is lost.
  }
};

/** Discards the drafts of the given assessments, or every draft when none are given (a restore). */
export const discardAnswerDrafts = (assessmentIds?: Iterable<string>): void => {
  const store = storage();
  if (!store) return;
  const ids = assessmentIds ? new Set(assessmentIds) : undefined;
  try {
    const keys = Array.from({ length: store.length }, (_, index) => store.key(index));
    for (const key of keys) {
      if (!key?.startsWith(PREFIX)) continue;
      const assessmentId = key.slice(PREFIX.length).split('.')[0] ?? '';
      if (!ids || ids.has(assessmentId)) store.removeItem(key);
    }
  } catch {
    // Storage refused: there is nothing it could hand back either.
  }
};
