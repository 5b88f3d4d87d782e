import Dexie from 'dexie';
import type { AssessmentSubject } from '@shared/domain';
import { discardAnswerDrafts } from './answer-drafts';
import type { AuditedTransaction } from './audited';

/**
 * Deletes the assessments of a record that is being deleted (every revision) with their evidence files,
 * and unlinks the risks raised from them (the risks stay: they are the owner's records). Call it inside the
 * deleting audited transaction, with `assessments`, `evidence` and `risks` in its scope, so nothing is left
 * pointing at a record that no longer exists — a backup of the workspace must restore. Their answer drafts kept on
 * this machine are discarded once the deletion commits.
 */
export const deleteSubjectAssessments = async (
  tx: AuditedTransaction,
  subject: AssessmentSubject,
  now: string,
): Promise<void> => {
  const { db } = tx;
  const assessments = await db.assessments
    .where('[subject.type+subject.id]')
    .equals([subject.type, subject.id])
    .toArray();
  if (assessments.length === 0) return;
  const ids = new Set(assessments.map((assessment) => assessment.id));
  const raised = await db.risks
    .filter((risk) => !!risk.source && ids.has(risk.source.assessmentId))
    .toArray();
  await db.risks.bulkPut(
    raised.map((row) => {
      const { source: _source, ...rest } = row;
      return tx.update('risks', row, { ...rest, updatedAt: now });
    }),
  );
  const evidence = await db.evidence
    .where('assessmentId')
    .anyOf([...ids])
    .toArray();
  await db.evidence.bulkDelete(evidence.map((row) => row.id));
  for (const { blob: _blob, ...metadata } of evidence) tx.remove('evidence', metadata);
  await db.assessments.bulkDelete([...ids]);
  for (const assessment of assessments) tx.remove('assessments', assessment);
  Dexie.currentTransaction.on('complete', () => discardAnswerDrafts(ids));
};
