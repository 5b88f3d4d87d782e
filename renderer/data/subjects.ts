import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentSubject } from '@shared/domain';
import { workspace } from './database';

/** The name of the vendor, dependency or licence assessed (a licence's title); '' when it was deleted. */
export const subjectName = async (subject: AssessmentSubject): Promise<string> => {
  const db = workspace();
  if (subject.type === 'licence') return (await db.licences.get(subject.id))?.title ?? '';
  const table = subject.type === 'vendor' ? db.vendors : db.dependencies;
  return (await table.get(subject.id))?.name ?? '';
};

/** The subject's name, live; undefined while loading, '' when the record was deleted. */
export const useSubjectName = (subject: AssessmentSubject | undefined): string | undefined =>
  useLiveQuery(async () => (subject ? subjectName(subject) : ''), [subject?.type, subject?.id]);
