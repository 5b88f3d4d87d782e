import { xmlSafeCell, type SheetTable } from './register-table';

/** The columns of the activity export, in order. */
export const activityColumnKeys = [
  'at',
  'actor',
  'action',
  'recordType',
  'record',
  'recordId',
  'changes',
  'importedFrom',
  'importedBy',
  'importedAt',
  'eventId',
] as const;
export type ActivityColumnKey = (typeof activityColumnKeys)[number];

/** One audit event as the export writes it, each cell already worded in the user's language. */
export type ActivityExportRow = Readonly<Record<ActivityColumnKey, string>>;

export interface ActivityExportLabels {
  sheetName: string;
  headers: Readonly<Record<ActivityColumnKey, string>>;
}

const widths: Readonly<Record<ActivityColumnKey, number>> = {
  at: 24,
  actor: 20,
  action: 12,
  recordType: 18,
  record: 32,
  recordId: 38,
  changes: 80,
  importedFrom: 28,
  importedBy: 20,
  importedAt: 24,
  eventId: 38,
};

/**
 * The most events an XLSX export holds: ExcelJS keeps the whole workbook in memory, and 50,000 rows
 * already take some 20 s and 700 MB to write (200,000: two minutes, 2 GB). A CSV has no such limit.
 */
export const MAX_ACTIVITY_XLSX_ROWS = 50_000;

/** Excel refuses a cell of more than 32,767 characters; a longer change list is cut and says so. */
export const MAX_CELL = 32_767;

const fit = (text: string): string => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text);

/**
 * The audit events shown on the Activity screen as one sheet, a row per event: when (ISO 8601, UTC, as
 * recorded), who, what was done to which record, every change on its own line of one cell, and for an
 * event merged from a colleague's file, that file, who merged it and when. Empty cells stay empty.
 */
export const activityTable = (
  rows: readonly ActivityExportRow[],
  labels: ActivityExportLabels,
): SheetTable => ({
  sheetName: labels.sheetName,
  columns: activityColumnKeys.map((key) => ({ header: labels.headers[key], width: widths[key] })),
  rows: rows.map((row) =>
    activityColumnKeys.map((key) => (row[key] === '' ? null : xmlSafeCell(fit(row[key])))),
  ),
});
