import type { Answer, Assessment } from './assessment';
import { answerFitsItem } from './answer-value';
import type { Checklist, ChecklistItem } from './checklist';
import { ownValue } from './own-keys';

export interface ScoreSummary {
  /** Percentage 0–100 of the weighted points available on scored answers; null when nothing is scored. */
  score: number | null;
  /** Fraction 0–1 of items answered ('na' counts as answered); 0 for a checklist with no items. */
  completion: number;
  answered: number;
  total: number;
  /** Σ weight of the answered, scored items: the denominator of `score`, shown so a score on little is visible. */
  scoredWeight: number;
}

export interface SectionScore extends ScoreSummary {
  sectionId: string;
}

export interface AssessmentScore {
  overall: ScoreSummary;
  sections: SectionScore[];
}

type ItemResult = { answered: false } | { answered: true; points: number | null };

const yesNoPoints: Readonly<Record<string, number | null>> = { yes: 1, partial: 0.5, no: 0, na: null };

/**
 * Reads an answer against the item's answer type. A value of the wrong shape for the type (e.g. 3 on a
 * yes-no item, left over from an edited template) counts as unanswered rather than being guessed at.
 * `points` is null for answers that count towards completion but not the score (na, text, date).
 */
const evaluate = (
  item: Pick<ChecklistItem, 'answerType' | 'higherIsWorse'>,
  answer: Answer | undefined,
): ItemResult => {
  const value = answer?.value ?? null;
  if (value === null || !answerFitsItem(item, value)) return { answered: false };
  if (typeof value === 'number') {
    return { answered: true, points: item.higherIsWorse ? (4 - value) / 4 : value / 4 };
  }
  if (item.answerType === 'text' || item.answerType === 'date') {
    return value.trim() === '' ? { answered: false } : { answered: true, points: null };
  }
  return { answered: true, points: yesNoPoints[value] ?? null };
};

interface Tally {
  answered: number;
  total: number;
  weightedPoints: number;
  scoredWeight: number;
}

const summarise = ({ answered, total, weightedPoints, scoredWeight }: Tally): ScoreSummary => ({
  score: scoredWeight > 0 ? (100 * weightedPoints) / scoredWeight : null,
  completion: total > 0 ? answered / total : 0,
  answered,
  total,
  scoredWeight,
});

const tallyItems = (
  items: ReadonlyArray<Pick<ChecklistItem, 'id' | 'answerType' | 'weight' | 'higherIsWorse'>>,
  answers: Assessment['answers'],
): Tally => {
  const tally: Tally = { answered: 0, total: items.length, weightedPoints: 0, scoredWeight: 0 };
  for (const item of items) {
    const result = evaluate(item, ownValue(answers, item.id));
    if (!result.answered) continue;
    tally.answered += 1;
    if (result.points === null) continue;
    tally.weightedPoints += item.weight * result.points;
    tally.scoredWeight += item.weight;
  }
  return tally;
};

/**
 * Score and completion of an assessment (design §3): yes = 1, partial = 0.5, no = 0, maturity = value ÷ 4
 * (or (4 − value) ÷ 4 on an item rated as a concern);
 * 'na', text and date answers are unscored. Score = Σ weight × value ÷ Σ weight over scored answered items,
 * so unanswered items lower completion but never the score: a half-done assessment is not a bad one.
 * The overall figure weighs every item directly rather than averaging section scores, so a long section
 * counts for more than a short one.
 */
export const scoreAssessment = (
  checklist: Pick<Checklist, 'sections'>,
  answers: Assessment['answers'],
): AssessmentScore => {
  const sectionTallies = checklist.sections.map((section) => ({
    sectionId: section.id,
    tally: tallyItems(section.items, answers),
  }));
  const overall = sectionTallies.reduce<Tally>(
    (sum, { tally }) => ({
      answered: sum.answered + tally.answered,
      total: sum.total + tally.total,
      weightedPoints: sum.weightedPoints + tally.weightedPoints,
      scoredWeight: sum.scoredWeight + tally.scoredWeight,
    }),
    { answered: 0, total: 0, weightedPoints: 0, scoredWeight: 0 },
  );
  return {
    overall: summarise(overall),
    sections: sectionTallies.map(({ sectionId, tally }) => ({ sectionId, ...summarise(tally) })),
  };
};
