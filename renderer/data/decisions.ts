import { useLiveQuery } from 'dexie-react-hooks';
import {
  checkDecision,
  decisionSchema,
  followUpActions,
  latestRevisions,
  riskSchema,
  selfApprovalOfRecord,
  type Decision,
  type DecisionInput,
} from '@shared/domain';
import type { TableName, WorkbenchDatabase } from '../db/database';
import { diffRecords } from './audit';
import { audited, type AuditedTransaction } from './audited';
import { workspace } from './database';
import { Refusal } from '@shared/messages/refusal';
import { sharedLiveQuery, sortByText } from './sharedLiveQuery';
import { readLastContentEditor, readRecordAuthor, readSignOffPolicy, type RecordSigners } from './sign-off';

/** Every decision, every revision, sorted by question, live and shared by all readers. */
export const useDecisions: () => Decision[] | undefined = sharedLiveQuery(async () =>
  sortByText(await workspace().decisions.toArray(), (decision) => decision.question),
);

/** One decision, live; null when there is none of that id, undefined while the read is in flight. */
export const useDecision = (id: string | undefined): Decision | null | undefined =>
  useLiveQuery(async () => (id ? ((await workspace().decisions.get(id)) ?? null) : null), [id]);

/** The revision that reopened this decision, if any: the decision is then no longer the latest. */
export const useNextRevision = (id: string | undefined): Decision | null | undefined =>
  useLiveQuery(
    async () => (id ? ((await workspace().decisions.where('previousId').equals(id).first()) ?? null) : null),
    [id],
  );

/**
 * Whether a decision concerns a vendor: the vendor is its subject, supplies one of the dependencies it is
 * about or one its options move, or an option moves supply to it.
 */
export const decisionConcernsVendor = (
  decision: Pick<Decision, 'subject' | 'options'>,
  vendorId: string,
  dependenciesOfVendor: ReadonlySet<string>,
): boolean => {
  const { subject } = decision;
  if (subject.type === 'vendor' && subject.vendorId === vendorId) return true;
  if (subject.type === 'dependencies' && subject.dependencyIds.some((id) => dependenciesOfVendor.has(id)))
    return true;
  return decision.options.some((option) =>
    option.moves.some((move) => move.toVendorId === vendorId || dependenciesOfVendor.has(move.dependencyId)),
  );
};

/** Whether a decision concerns a dependency: it is in the subject (directly or through its vendor) or moved. */
export const decisionConcernsDependency = (
  decision: Pick<Decision, 'subject' | 'options'>,
  dependency: { id: string; vendorId: string },
): boolean => {
  const { subject } = decision;
  if (subject.type === 'dependencies' && subject.dependencyIds.includes(dependency.id)) return true;
  if (subject.type === 'vendor' && subject.vendorId === dependency.vendorId) return true;
  return decision.options.some((option) => option.moves.some((move) => move.dependencyId === dependency.id));
};

/** The latest revisions of the decisions concerning a vendor, live. */
export const useVendorDecisions = (vendorId: string | undefined): Decision[] | undefined =>
  useLiveQuery(async () => {
    if (!vendorId) return [];
    const db = workspace();
    const supplied = new Set(await db.dependencies.where('vendorId').equals(vendorId).primaryKeys());
    return latestRevisions(await db.decisions.toArray()).filter((decision) =>
      decisionConcernsVendor(decision, vendorId, supplied),
    );
  }, [vendorId]);

/** The latest revisions of the decisions concerning a dependency, live. */
export const useDependencyDecisions = (dependencyId: string | undefined): Decision[] | undefined =>
  useLiveQuery(async () => {
    if (!dependencyId) return [];
    const db = workspace();
    const dependency = await db.dependencies.get(dependencyId);
    if (!dependency) return [];
    return latestRevisions(await db.decisions.toArray()).filter((decision) =>
      decisionConcernsDependency(decision, dependency),
    );
  }, [dependencyId]);

/** The fields the review steps write: changing them is moving the decision along, not writing it. */
const workflowFields: ReadonlySet<string> = new Set([
  'status',
  'reviewer',
  'approvedBy',
  'approvedAt',
  'selfApproval',
  'updatedAt',
]);

const readSigners = async (db: WorkbenchDatabase, decisionId: string): Promise<RecordSigners> => ({
  author: await readRecordAuthor(db, 'decisions', decisionId),
  lastEditor: await readLastContentEditor(db, 'decisions', decisionId, workflowFields),
});

/** Who must not approve the decision revision (as approveDecision reads them), live. */
export const useDecisionSigners = (decisionId: string): RecordSigners | undefined =>
  useLiveQuery(() => readSigners(workspace(), decisionId), [decisionId]);

const tables: readonly TableName[] = ['decisions', 'vendors', 'dependencies', 'risks'];

/** The decision as stored now; refuses when it was deleted since the screen showed it. */
const stored = async (db: WorkbenchDatabase, id: string): Promise<Decision> => {
  const decision = await db.decisions.get(id);
  if (!decision) throw new Refusal('decisions.errors.notFound');
  return decision;
};

/** Writes a new version of the decision with its audit event; an unchanged one is neither written nor audited. */
const write = async (
  tx: AuditedTransaction,
  before: Decision | undefined,
  fields: Record<string, unknown>,
): Promise<Decision> => {
  const now = new Date().toISOString();
  const merged: Record<string, unknown> = {
    ...before,
    ...fields,
    id: before?.id ?? crypto.randomUUID(),
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
  for (const [key, value] of Object.entries(fields)) if (value === undefined) delete merged[key];
  const decision = decisionSchema.parse(merged);
  const changes = diffRecords(before, decision);
  if (before && Object.keys(changes).length === 0) return before;
  await tx.db.decisions.put(decision);
  tx.record({ table: 'decisions', recordId: decision.id, action: before ? 'update' : 'create', changes });
  return decision;
};

/**
 * Creates a decision (no id) or edits a draft or in-review one: checked whole — its own rules, then the
 * vendors, dependencies and risks it names as they are now — and written with its audit event in one
 * transaction. On any problem nothing is written and the refusal carries each issue on its field. An
 * approved decision is locked: reopen it.
 */
export const saveDecision = (input: DecisionInput & { id?: string }): Promise<Decision> =>
  audited(tables, async (tx) => {
    const { db } = tx;
    const before = input.id ? await stored(db, input.id) : undefined;
    if (before?.status === 'approved') throw new Refusal('decisions.errors.locked');
    const { id: _id, ...fields } = input;
    const checked = checkDecision(
      {
        ...fields,
        // Status and sign-off move only through the workflow commands.
        status: before?.status ?? 'draft',
        revision: before?.revision ?? 1,
        ...(before?.previousId && { previousId: before.previousId }),
        ...(before?.reviewer && { reviewer: before.reviewer }),
      },
      {
        vendors: await db.vendors.toArray(),
        dependencies: await db.dependencies.toArray(),
        risks: await db.risks.toArray(),
      },
    );
    if (!checked.ok) throw new Refusal('decisions.errors.invalid', {}, checked.issues);
    return write(tx, before, checked.decision);
  });

/** Draft → in review, with the reviewer named; the choice and its rationale must be made. */
export const submitDecisionForReview = (id: string, reviewer: string): Promise<Decision> =>
  audited(tables, async (tx) => {
    const { db } = tx;
    const decision = await stored(db, id);
    if (decision.status !== 'draft')
      throw new Refusal('decisions.errors.wrongStatus', {
        status: { term: `decisions.status.${decision.status}` },
      });
    if (!reviewer.trim()) throw new Refusal('decisions.errors.reviewerRequired');
    if (decision.chosenOptionId === undefined)
      throw new Refusal('decisions.errors.invalid', {}, [
        { path: ['chosenOptionId'], message: 'decisions.validation.chooseOption' },
      ]);
    return write(tx, decision, { status: 'in-review', reviewer: reviewer.trim() });
  });

/** In review → back to draft, when the reviewer asks for more work. */
export const returnDecisionToDraft = (id: string): Promise<Decision> =>
  audited(tables, async (tx) => {
    const { db } = tx;
    const decision = await stored(db, id);
    if (decision.status !== 'in-review')
      throw new Refusal('decisions.errors.wrongStatus', {
        status: { term: `decisions.status.${decision.status}` },
      });
    return write(tx, decision, { status: 'draft' });
  });

/**
 * In review → approved by the named approver, now, and locked from then on. In the same transaction the
 * chosen option's follow-up becomes treatment actions on the risks it names or mitigates (each risk with
 * its own audit event); a risk that already has an action of that title does not get it twice.
 */
export const approveDecision = (id: string, approver: string): Promise<Decision> =>
  audited(tables, async (tx) => {
    const { db } = tx;
    const decision = await stored(db, id);
    if (decision.status !== 'in-review')
      throw new Refusal('decisions.errors.wrongStatus', {
        status: { term: `decisions.status.${decision.status}` },
      });
    if (!approver.trim()) throw new Refusal('decisions.errors.approverRequired');
    const selfApproval = selfApprovalOfRecord(approver, await readSigners(db, decision.id));
    if (selfApproval && !(await readSignOffPolicy(db)).singlePersonSignOff)
      throw new Refusal(
        selfApproval === 'author' ? 'decisions.errors.approverIsAuthor' : 'decisions.errors.approverIsEditor',
        {
          name: approver.trim(),
        },
      );
    const chosen = decision.options.find((option) => option.id === decision.chosenOptionId);
    if (!chosen)
      throw new Refusal('decisions.errors.invalid', {}, [
        { path: ['chosenOptionId'], message: 'decisions.validation.chooseOption' },
      ]);
    const risks = await db.risks.toArray();
    const riskById = new Map(risks.map((risk) => [risk.id, risk]));
    const now = new Date().toISOString();
    const updatedRisks = followUpActions(chosen, risks).map(({ riskId, actions }) => {
      const risk = riskById.get(riskId) as (typeof risks)[number];
      const updated = riskSchema.parse({ ...risk, actions: [...risk.actions, ...actions], updatedAt: now });
      return tx.update('risks', risk, updated);
    });
    await db.risks.bulkPut(updatedRisks);
    return write(tx, decision, {
      status: 'approved',
      approvedBy: approver.trim(),
      approvedAt: now,
      ...(selfApproval && { selfApproval }),
    });
  });

/**
 * Reopens an approved decision as a new draft revision with the same question and options; the approved
 * one stays as it was, locked, and the new one points back to it. Only the latest revision can be
 * reopened, so the history stays a single line.
 */
export const reopenDecision = (id: string): Promise<Decision> =>
  audited(tables, async (tx) => {
    const { db } = tx;
    const decision = await stored(db, id);
    if (decision.status !== 'approved')
      throw new Refusal('decisions.errors.wrongStatus', {
        status: { term: `decisions.status.${decision.status}` },
      });
    if ((await db.decisions.where('previousId').equals(id).count()) > 0)
      throw new Refusal('decisions.errors.notLatestRevision');
    const {
      id: _id,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      reviewer: _reviewer,
      approvedBy: _approvedBy,
      approvedAt: _approvedAt,
      selfApproval: _selfApproval,
      ...kept
    } = decision;
    return write(tx, undefined, {
      ...kept,
      status: 'draft',
      revision: decision.revision + 1,
      previousId: decision.id,
    });
  });
