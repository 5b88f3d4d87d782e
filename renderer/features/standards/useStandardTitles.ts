import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { standardKey, standardTitle, type StandardListEntry } from '@shared/domain/standards';

/** A standard's title from the reference list in use, in the reader's language; undefined when it is not listed. */
export const useStandardTitles = (
  references: readonly StandardListEntry[] | undefined,
): ((standard: string) => string | undefined) => {
  const { i18n } = useTranslation();
  const byKey = useMemo(
    () => new Map((references ?? []).map((entry) => [standardKey(entry.number), entry])),
    [references],
  );
  return useCallback(
    (standard: string) => {
      const entry = byKey.get(standardKey(standard));
      return entry && standardTitle(entry, i18n.language);
    },
    [byKey, i18n.language],
  );
};
