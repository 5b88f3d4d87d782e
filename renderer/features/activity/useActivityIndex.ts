import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRow } from '@renderer/data/activity-log';
import type { AuditNames } from '@renderer/data/audit-names';
import { rememberLast } from '@renderer/ui/memoizeLast';
import { buildActivityIndex, type ActivityIndex } from './activityRows';
import type { AuditWording } from './auditWording';

const lastIndex = rememberLast<ActivityIndex>();

/**
 * The log indexed for filtering, built once per change of the log, the record names or the language:
 * not on a keystroke, and not again when the user comes back to the screen (the log and the names are
 * kept for the session, and so is their index).
 */
export const useActivityIndex = (
  rows: readonly ActivityRow[] | undefined,
  names: AuditNames | undefined,
  wording: AuditWording,
): ActivityIndex | undefined => {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    if (!rows || !names) return undefined;
    return lastIndex([rows, names, language], () =>
      buildActivityIndex(rows, (row) => wording.recordName(row, names)),
    );
  }, [rows, names, language, wording]);
};
