import { decisionCriteria, type DecisionCriterion, type DecisionWeights } from './criteria';
import type { CriterionValues, OptionCriteria } from './criterion-values';
import { weightSensitivity, type Sensitivity } from './sensitivity';

/** Weighted scores closer than this are a tie (floating-point noise, not a difference a user could see). */
export const scoreTolerance = 1e-9;

export interface CriterionScale {
  criterion: DecisionCriterion;
  /** Lowest and highest raw value among the options compared. */
  min: number;
  max: number;
}

export interface RankedOption {
  optionId: string;
  /** Position among the options as entered: the tie-break. */
  index: number;
  rank: number;
  /** 0–100 per criterion: 100 × (max − value) ÷ (max − min); 100 for all when every option is equal. */
  scores: CriterionValues;
  /** weight × score ÷ 100 per criterion; they add up to weightedScore. */
  contributions: CriterionValues;
  /** 0–100. */
  weightedScore: number;
}

export interface Comparison {
  scales: CriterionScale[];
  /** Best first. */
  ranking: RankedOption[];
  winnerId: string | null;
  sensitivity: Sensitivity;
}

/**
 * Min–max normalisation across the options compared, lower raw values being better for every criterion: the
 * best option scores 100, the worst 0, the others in proportion. When every option has the same value the
 * criterion cannot tell them apart and each scores 100.
 */
export const normalisedScore = (value: number, scale: Pick<CriterionScale, 'min' | 'max'>): number =>
  scale.max === scale.min ? 100 : (100 * (scale.max - value)) / (scale.max - scale.min);

export const scalesOf = (options: readonly Pick<OptionCriteria, 'values'>[]): CriterionScale[] =>
  decisionCriteria.map((criterion) => {
    const values = options.map((option) => option.values[criterion]);
    return { criterion, min: Math.min(...values), max: Math.max(...values) };
  });

export const weightedScore = (
  scores: Readonly<CriterionValues>,
  weights: Readonly<DecisionWeights>,
): number =>
  decisionCriteria.reduce((sum, criterion) => sum + (weights[criterion] * scores[criterion]) / 100, 0);

/** Higher weighted score first; a tie goes to the option entered first, so the order never flickers. */
export const compareRanked = (
  a: Pick<RankedOption, 'weightedScore' | 'index'>,
  b: Pick<RankedOption, 'weightedScore' | 'index'>,
): number =>
  Math.abs(a.weightedScore - b.weightedScore) <= scoreTolerance
    ? a.index - b.index
    : b.weightedScore - a.weightedScore;

const perCriterion = (value: (criterion: DecisionCriterion) => number): CriterionValues => {
  const values = {} as CriterionValues;
  for (const criterion of decisionCriteria) values[criterion] = value(criterion);
  return values;
};

/**
 * The multi-criteria comparison: normalised scores, weighted scores (Σ weight × score ÷ 100, 0–100), the
 * ranking and how far a single weight would have to move to change the winner. Cheap (options × criteria):
 * it is run again on every weight change, the what-ifs it is given are not.
 */
export const compareOptions = (
  options: readonly OptionCriteria[],
  weights: Readonly<DecisionWeights>,
): Comparison => {
  const scales = scalesOf(options);
  const scaleOf = new Map(scales.map((scale) => [scale.criterion, scale]));
  const ranked = options.map((option, index) => {
    const scores = perCriterion((criterion) =>
      normalisedScore(option.values[criterion], scaleOf.get(criterion) as CriterionScale),
    );
    return {
      optionId: option.optionId,
      index,
      rank: 0,
      scores,
      contributions: perCriterion((criterion) => (weights[criterion] * scores[criterion]) / 100),
      weightedScore: weightedScore(scores, weights),
    };
  });
  const ranking = [...ranked]
    .sort(compareRanked)
    .map((option, position) => ({ ...option, rank: position + 1 }));
  return {
    scales,
    ranking,
    winnerId: ranking[0]?.optionId ?? null,
    sensitivity: weightSensitivity(ranked, weights),
  };
};
