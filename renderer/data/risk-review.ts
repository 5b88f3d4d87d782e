import { Refusal } from '@shared/messages/refusal';
import { useLiveQuery } from 'dexie-react-hooks';
import { isIsoDate, nextRiskReview, riskSchema, type Risk } from '@shared/domain';
import { localToday } from '@shared/domain';
import type { WorkbenchDatabase } from '../db/database';
import { diffRecords } from './audit';
import { readRecordEvents } from './audit-trail';
import { audited } from './audited';
import { workspace } from './database';
import { readReviewCycles } from './review-cycles';

/**
 * The audit trail's mark of a review: a change of this pseudo-field from null to the day it took place, in
 * the same event as the new review date (a review that confirms the risk as it is changes nothing else).
 */
export const REVIEWED_ON = 'reviewedOn';

/**
 * Records that a risk was reviewed today and rolls its review date forward: to `nextReviewDate` as the
 * reviewer chose it, or today + the cycle of its category (3 months by default). The date must be after
 * today; a closed risk is not reviewed. One audited transaction.
 */
export const markRiskReviewed = (id: string, nextReviewDate?: string): Promise<Risk> =>
  audited(['risks'], async (tx) => {
    const { db } = tx;
    const risk = await db.risks.get(id);
    if (!risk) throw new Refusal('reviews.errors.notFound');
    if (risk.status === 'closed') throw new Refusal('reviews.errors.closed');
    const today = localToday();
    const date = nextReviewDate?.trim() || nextRiskReview(today, await readReviewCycles(db), risk.category);
    if (!isIsoDate(date) || date <= today) throw new Refusal('reviews.errors.nextReviewDate', { date });
    const updated = riskSchema.parse({ ...risk, reviewDate: date, updatedAt: new Date().toISOString() });
    await db.risks.put(updated);
    tx.record({
      table: 'risks',
      recordId: id,
      action: 'update',
      changes: { ...diffRecords(risk, updated), [REVIEWED_ON]: [null, today] },
    });
    return updated;
  });

/**
 * The last review of a risk (who and when), from its audit trail — its own events and its parts of bulk
 * events —; null when never reviewed. Reviews are found by their mark, in time order.
 */
export const readLastRiskReview = async (
  db: WorkbenchDatabase,
  riskId: string,
): Promise<{ on: string; by: string } | null> => {
  const events = await readRecordEvents(db, [{ table: 'risks', id: riskId }]);
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const last = events.reverse().find((event) => event.changes && Object.hasOwn(event.changes, REVIEWED_ON));
  const on = last?.changes?.[REVIEWED_ON]?.[1];
  return last && typeof on === 'string' ? { on, by: last.actor } : null;
};

/** The last review of a risk, live: its page says when and by whom. */
export const useLastRiskReview = (riskId: string): { on: string; by: string } | null | undefined =>
  useLiveQuery(() => readLastRiskReview(workspace(), riskId), [riskId]);
