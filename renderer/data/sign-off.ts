import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  defaultSignOffPolicy,
  lastAnswerEditor,
  type Assessment,
  signOffPolicySchema,
  type SignOffPolicy,
  type SignOffPolicyInput,
} from '@shared/domain';
import type { SignOffPolicyRow, WorkbenchDatabase } from '../db/database';
import { diffRecords } from './audit';
import { readRecordEvents } from './audit-trail';
import { audited } from './audited';
import { workspace } from './database';

export const SIGN_OFF_KEY = 'sign-off';

const policyRows = (db: WorkbenchDatabase) => db.table<SignOffPolicyRow, string>('settings');

const withoutKey = ({ key: _key, ...policy }: SignOffPolicyRow): SignOffPolicy => policy;

/** The sign-off policy as saved; the default (four eyes) until saved, or when the row is unreadable. */
export const readSignOffPolicy = async (db: WorkbenchDatabase): Promise<SignOffPolicy> => {
  const row = await policyRows(db).get(SIGN_OFF_KEY);
  if (!row) return defaultSignOffPolicy;
  const parsed = signOffPolicySchema.safeParse(withoutKey(row));
  return parsed.success ? parsed.data : defaultSignOffPolicy;
};

/** The sign-off policy, live: Settings and the approval dialog show it. */
export const useSignOffPolicy = (): SignOffPolicy | undefined =>
  useLiveQuery(() => readSignOffPolicy(workspace()));

/** Saves the sign-off policy with its audit event: who allowed single-person sign-off, and when, is on record. */
export const saveSignOffPolicy = async (input: SignOffPolicyInput): Promise<SignOffPolicy> => {
  const policy = signOffPolicySchema.parse(input);
  await audited([], async (tx) => {
    const stored = await policyRows(tx.db).get(SIGN_OFF_KEY);
    const changes = diffRecords(stored ? withoutKey(stored) : defaultSignOffPolicy, policy);
    if (Object.keys(changes).length === 0) return;
    await policyRows(tx.db).put({ key: SIGN_OFF_KEY, ...policy });
    tx.record({
      table: 'settings',
      recordId: SIGN_OFF_KEY,
      action: stored ? 'update' : 'create',
      changes,
    });
  });
  return policy;
};

/**
 * Who created a record (an assessment or a decision revision): the actor of the create event in its audit
 * trail — an event of its own first (a merged one keeps the colleague's name), else its part of a bulk
 * event (a merge that took it from a file whose trail did not say). Undefined when the trail does not say.
 * Read inside the caller's transaction (auditLog).
 */
export const readRecordAuthor = async (
  db: WorkbenchDatabase,
  table: 'assessments' | 'decisions',
  recordId: string,
): Promise<string | undefined> => {
  const events = await readRecordEvents(db, [{ table, id: recordId }]);
  return events.find((event) => event.action === 'create')?.actor || undefined;
};

/**
 * Who changed a record's content last: the actor of its latest update event, or part of a bulk event, that
 * changed a field other than `workflowFields` (submitting or returning it is not writing it). Undefined
 * when nobody has.
 */
export const readLastContentEditor = async (
  db: WorkbenchDatabase,
  table: 'decisions',
  recordId: string,
  workflowFields: ReadonlySet<string>,
): Promise<string | undefined> => {
  const updates = (await readRecordEvents(db, [{ table, id: recordId }])).filter(
    (event) =>
      event.action === 'update' &&
      Object.keys(event.changes ?? {}).some((field) => !workflowFields.has(field)),
  );
  const last = updates.reduce<(typeof updates)[number] | undefined>(
    (latest, event) => (!latest || event.at > latest.at ? event : latest),
    undefined,
  );
  return last?.actor || undefined;
};

/** Who an approval of a record must not come from, as far as its audit trail and content say. */
export interface RecordSigners {
  /** Who created the revision; undefined when the trail does not say. */
  author: string | undefined;
  /** Who changed its content last; undefined when nobody has (or nobody is named). */
  lastEditor: string | undefined;
}

/**
 * Who must not approve the assessment revision, live: who created it and who changed its answers last
 * (as approveAssessment reads them); undefined while the trail is being read.
 */
export const useAssessmentSigners = (
  assessment: Pick<Assessment, 'id' | 'answers'>,
): RecordSigners | undefined => {
  const author = useLiveQuery(
    async () => (await readRecordAuthor(workspace(), 'assessments', assessment.id)) ?? null,
    [assessment.id],
  );
  const { answers } = assessment;
  return useMemo(
    () =>
      author === undefined
        ? undefined
        : { author: author ?? undefined, lastEditor: lastAnswerEditor(answers) },
    [author, answers],
  );
};
