import { useLiveQuery } from 'dexie-react-hooks';
import { reportRecordSchema, sha256Hex, type ReportRecord } from '@shared/domain';
import { audited } from './audited';
import { workspace } from './database';
import { putRecord } from './records';

/** Every report exported, newest first, live. */
export const useReportRecords = (): ReportRecord[] | undefined =>
  useLiveQuery(() => workspace().reports.orderBy('generatedAt').reverse().toArray());

/** Registers an exported file with its SHA-256, so a copy can later be checked against it. */
export const recordReport = async (input: {
  kind: 'board-pdf' | 'board-docx' | 'workbook';
  title: string;
  fileName: string;
  data: Uint8Array<ArrayBuffer>;
}): Promise<ReportRecord> => {
  // Hashed before the transaction: it would not stay open across a wait on anything but the database.
  const sha256 = await sha256Hex(input.data);
  return audited(['reports'], (tx) =>
    putRecord(tx, 'reports', reportRecordSchema, {
      kind: input.kind,
      title: input.title,
      fileName: input.fileName,
      generatedAt: new Date().toISOString(),
      generatedBy: tx.actor,
      sha256,
    }),
  );
};

/** The exported report this file is an unaltered copy of (same SHA-256), or null. */
export const findReportByFile = async (data: Uint8Array<ArrayBuffer>): Promise<ReportRecord | null> =>
  (await workspace()
    .reports.where('sha256')
    .equals(await sha256Hex(data))
    .first()) ?? null;
