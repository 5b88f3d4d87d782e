import { Refusal } from '@shared/messages/refusal';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  answerSchema,
  evidenceRecordSchema,
  maxEvidenceBytes,
  ownValue,
  sha256Hex,
  withOwnValue,
  type Answer,
  type Assessment,
  type EvidenceRecord,
} from '@shared/domain';
import type { EvidenceRow } from '../db/database';
import { diffRecords } from './audit';
import { changeUnlocked, checklistOf, itemsOf } from './assessments';
import { workspace } from './database';
import { sharedLiveQuery } from './sharedLiveQuery';

/** Evidence metadata without its bytes, so audit diffs and lists stay small. */
const metadataOf = ({ blob: _blob, ...record }: EvidenceRow): EvidenceRecord => record;

/** Every piece of evidence (metadata only) by id, live and shared: the calendar dates its validity. */
export const useEvidenceRecords: () => ReadonlyMap<string, EvidenceRecord> | undefined = sharedLiveQuery(
  async () => new Map((await workspace().evidence.toArray()).map((row) => [row.id, metadataOf(row)])),
);

/**
 * The evidence cited by an assessment's answers (metadata only), by id, live. Looked up by the answers'
 * ids rather than by assessment, because a reopened revision keeps citing its predecessor's files.
 */
export const useAnswerEvidence = (
  answers: Assessment['answers'] | undefined,
): ReadonlyMap<string, EvidenceRecord> | undefined => {
  const ids = answers ? Object.values(answers).flatMap((answer) => answer.evidenceIds) : [];
  const key = ids.join();
  return useLiveQuery(async () => {
    const rows = await workspace().evidence.bulkGet(key ? key.split(',') : []);
    return new Map(rows.filter((row): row is EvidenceRow => !!row).map((row) => [row.id, metadataOf(row)]));
  }, [key]);
};

/** The stored file of a piece of evidence, to open or save it. */
export const evidenceFile = async (id: string): Promise<Blob> => {
  const row = await workspace().evidence.get(id);
  if (!row) throw new Refusal('assessments.errors.evidenceNotFound');
  return row.blob;
};

const withEvidence = (answer: Answer | undefined, evidenceIds: string[]): Answer =>
  answerSchema.parse({ ...(answer ?? { value: null }), evidenceIds });

/**
 * Attaches a file to an item's answer: refused over 25 MB before it is read; otherwise hashed (SHA-256)
 * and stored as a Blob with its size and validity date, in the transaction that links it to the answer.
 */
export const attachEvidence = async (
  assessmentId: string,
  itemId: string,
  file: File,
  validUntil?: string,
): Promise<EvidenceRecord> => {
  if (file.size > maxEvidenceBytes)
    throw new Refusal('assessments.errors.evidenceTooLarge', { name: file.name, size: { bytes: file.size } });
  const sha256 = await sha256Hex(new Uint8Array(await file.arrayBuffer()));
  return changeUnlocked(assessmentId, ['evidence'], async (tx, assessment) => {
    const { db, actor } = tx;
    if (!itemsOf(await checklistOf(assessment)).has(itemId))
      throw new Refusal('assessments.errors.unknownItem', { itemId });
    const now = new Date().toISOString();
    const record = evidenceRecordSchema.parse({
      id: crypto.randomUUID(),
      assessmentId,
      fileName: file.name,
      mimeType: file.type || 'application/octet-stream',
      size: file.size,
      sha256,
      ...(actor ? { addedBy: actor } : {}),
      ...(validUntil ? { validUntil } : {}),
      createdAt: now,
      updatedAt: now,
    });
    await db.evidence.add({ ...record, blob: file });
    const before = ownValue(assessment.answers, itemId);
    const after = withEvidence(before, [...(before?.evidenceIds ?? []), record.id]);
    await db.assessments.put({
      ...assessment,
      answers: withOwnValue(assessment.answers, itemId, after),
      updatedAt: now,
    });
    tx.record({
      table: 'evidence',
      recordId: record.id,
      action: 'create',
      changes: diffRecords(undefined, record),
    });
    tx.record({
      table: 'assessments',
      recordId: assessmentId,
      action: 'update',
      changes: { [`answers.${itemId}`]: [before ?? null, after] },
    });
    return record;
  });
};

/**
 * Detaches evidence from an item's answer and deletes the file, unless an earlier revision still cites
 * it: approved revisions keep their evidence, so reopening never loses what was approved.
 */
export const detachEvidence = (assessmentId: string, itemId: string, evidenceId: string): Promise<void> =>
  changeUnlocked(assessmentId, ['evidence'], async (tx, assessment) => {
    const { db } = tx;
    const before = ownValue(assessment.answers, itemId);
    if (!before?.evidenceIds.includes(evidenceId)) throw new Refusal('assessments.errors.evidenceNotFound');
    const now = new Date().toISOString();
    const after = withEvidence(
      before,
      before.evidenceIds.filter((id) => id !== evidenceId),
    );
    await db.assessments.put({
      ...assessment,
      answers: withOwnValue(assessment.answers, itemId, after),
      updatedAt: now,
    });
    tx.record({
      table: 'assessments',
      recordId: assessmentId,
      action: 'update',
      changes: { [`answers.${itemId}`]: [before, after] },
    });
    const row = await db.evidence.get(evidenceId);
    if (row && row.assessmentId === assessmentId) {
      await db.evidence.delete(evidenceId);
      tx.remove('evidence', metadataOf(row));
    }
  });
