import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activityColumnKeys,
  activityTable,
  buildTableCsv,
  buildWorkbook,
  MAX_ACTIVITY_XLSX_ROWS,
  type ActivityExportRow,
} from '@shared/export';
import { localToday } from '@shared/domain';
import { safeFileName } from '@shared/file-name';
import type { ActivityRow } from '@renderer/data/activity-log';
import { readAuditEvents } from '@renderer/data/audit-events';
import type { AuditNames } from '@renderer/data/audit-names';
import { platform } from '@renderer/platform';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import type { AuditWording } from './auditWording';

export type ActivityFormat = 'csv' | 'xlsx';

/**
 * Saves the events shown (every one the filters let through, not only those on screen) as CSV or XLSX,
 * worded as on screen, through the registers' writers: formula-like text neutralised, cells cut at
 * Excel's limit. A working extract, so not recorded among the exported reports.
 */
export const useExportActivity = (names: AuditNames | undefined, wording: AuditWording) => {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [progress, setProgress] = useState<{ done: number; total: number }>();

  const exportActivity = async (rows: readonly ActivityRow[], format: ActivityFormat) => {
    if (!names || progress) return;
    // A bulk event is a line per record it lists.
    const lines = rows.reduce((sum, row) => sum + (row.recordCount ?? 1), 0);
    if (format === 'xlsx' && lines > MAX_ACTIVITY_XLSX_ROWS) {
      notifications.show({
        color: 'red',
        message: t('activity.export.tooManyForXlsx', { max: MAX_ACTIVITY_XLSX_ROWS.toLocaleString() }),
      });
      return;
    }
    setProgress({ done: 0, total: rows.length });
    try {
      const worded: ActivityExportRow[] = [];
      await readAuditEvents(
        rows.map(({ id }) => id),
        (events, done) => {
          for (const event of events) worded.push(...wording.exportRows(event, names));
          setProgress({ done, total: rows.length });
        },
      );
      const table = activityTable(worded, {
        sheetName: t('activity.export.sheetName'),
        headers: Object.fromEntries(
          activityColumnKeys.map((key) => [key, t(`activity.export.headers.${key}`)]),
        ) as Record<(typeof activityColumnKeys)[number], string>,
      });
      const data =
        format === 'csv'
          ? new TextEncoder().encode(await buildTableCsv(table))
          : await buildWorkbook([table]);
      const saved = await platform.saveFile({
        suggestedName: safeFileName(
          `diligence-workbench-${t('activity.export.fileStem')}-${localToday()}.${format}`,
        ),
        data,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
      });
      if (!saved.ok) {
        notifications.show({ color: 'red', message: t('activity.export.failed', { reason: saved.error }) });
        return;
      }
      if (saved.value.status === 'cancelled') return;
      notifications.show({
        color: 'green',
        message: t('activity.export.saved', { fileName: saved.value.fileName }),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: t('activity.export.failed', { reason: describe(error) }) });
    } finally {
      setProgress(undefined);
    }
  };

  return { progress, exportActivity };
};
