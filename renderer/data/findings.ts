import { useLiveQuery } from 'dexie-react-hooks';
import { riskSchema, type Assessment, type Risk } from '@shared/domain';
import { Refusal } from '@shared/messages/refusal';
import { checklistOf, itemsOf } from './assessments';
import { audited } from './audited';
import { workspace } from './database';
import { putRecords } from './records';

/** The risks raised from an assessment's answers, by item id, live. */
export const useFindingRisks = (assessmentId: string | undefined): ReadonlyMap<string, Risk> | undefined =>
  useLiveQuery(async () => {
    if (!assessmentId) return new Map<string, Risk>();
    const risks = await workspace()
      .risks.filter((risk) => risk.source?.assessmentId === assessmentId)
      .toArray();
    return new Map(risks.map((risk) => [risk.source?.itemId ?? '', risk]));
  }, [assessmentId]);

const subjectLinks = ({ subject }: Pick<Assessment, 'subject'>) => ({
  vendorIds: subject.type === 'vendor' ? [subject.id] : [],
  dependencyIds: subject.type === 'dependency' ? [subject.id] : [],
  licenceIds: subject.type === 'licence' ? [subject.id] : [],
});

/**
 * Turns an answer into a risk in one step: the item's risk category (or "other"), links to the subject, a
 * medium rating (3 × 3) for the owner to refine, and `source` pointing back at the answer. The title and
 * description come translated from the screen (a title past the 200-character limit is shortened with an
 * ellipsis). An item already raised returns its existing risk.
 */
export const raiseFinding = async (
  assessment: Pick<Assessment, 'id' | 'subject' | 'checklistId' | 'checklistVersion'>,
  itemId: string,
  text: { title: string; description: string },
): Promise<Risk> => {
  const item = itemsOf(await checklistOf(assessment)).get(itemId);
  if (!item) throw new Refusal('assessments.errors.unknownItem', { itemId });
  return audited(['risks'], async (tx) => {
    const existing = await tx.db.risks
      .filter((risk) => risk.source?.assessmentId === assessment.id && risk.source.itemId === itemId)
      .first();
    if (existing) return existing;
    const [risk] = await putRecords<Risk>(tx, 'risks', riskSchema, [
      {
        title: text.title.length > 200 ? `${text.title.slice(0, 199)}…` : text.title,
        description: text.description,
        category: item.riskCategory ?? 'other',
        ...subjectLinks(assessment),
        likelihood: 3,
        impact: 3,
        source: { assessmentId: assessment.id, itemId },
      },
    ]);
    return risk as Risk;
  });
};
