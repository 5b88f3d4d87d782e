import { decisionCriteria, type DecisionCriterion, type DecisionWeights } from './criteria';
import type { CriterionValues } from './criterion-values';

/** Tolerance for weighted scores (as the ranking's) and for weights at the ends of 0–100. */
const tolerance = 1e-9;

export interface WeightChange {
  criterion: DecisionCriterion;
  fromWeight: number;
  /** The weight at which another option draws level with the winner; beyond it, that option wins. */
  toWeight: number;
  /** toWeight − fromWeight, in percentage points. */
  delta: number;
  newWinnerId: string;
}

export interface CriterionSensitivity {
  criterion: DecisionCriterion;
  weight: number;
  /** The nearest change of winner raising this weight, or null when none up to 100 %. */
  increase: WeightChange | null;
  /** The nearest change of winner lowering this weight, or null when none down to 0 %. */
  decrease: WeightChange | null;
}

export interface Sensitivity {
  winnerId: string | null;
  /** The smallest single-weight change that changes the winner; null when the ranking's winner is robust. */
  smallest: WeightChange | null;
  robust: boolean;
  byCriterion: CriterionSensitivity[];
}

export interface ScoredOption {
  optionId: string;
  index: number;
  scores: CriterionValues;
}

/**
 * Score of each option as a function of one criterion's weight x, the others rescaled in proportion so the
 * weights still make 100: S(x) = (x × s_k + (100 − x) × R) ÷ 100, where R is the option's mean score on the
 * other criteria weighted by their current weights (their plain mean when those weights are all 0).
 */
const lineOf = (option: ScoredOption, criterion: DecisionCriterion, weights: Readonly<DecisionWeights>) => {
  const others = decisionCriteria.filter((other) => other !== criterion);
  const otherWeight = others.reduce((sum, other) => sum + weights[other], 0);
  const rest =
    otherWeight > tolerance
      ? others.reduce((sum, other) => sum + weights[other] * option.scores[other], 0) / otherWeight
      : others.reduce((sum, other) => sum + option.scores[other], 0) / others.length;
  const own = option.scores[criterion];
  return { option, at: (x: number) => (x * own + (100 - x) * rest) / 100, slope: (own - rest) / 100 };
};

type Line = ReturnType<typeof lineOf>;

/** The winner at weight x: highest score, a tie going to the option entered first (as in the ranking). */
const winnerAt = (lines: readonly Line[], x: number): ScoredOption => {
  let best = lines[0] as Line;
  for (const line of lines.slice(1)) {
    const difference = line.at(x) - best.at(x);
    if (
      difference > tolerance ||
      (Math.abs(difference) <= tolerance && line.option.index < best.option.index)
    )
      best = line;
  }
  return best.option;
};

/** The nearest weight, moving one way from x0, at which an option catches up with the winner. */
const nearestChange = (
  lines: readonly Line[],
  winner: Line,
  criterion: DecisionCriterion,
  x0: number,
  direction: 1 | -1,
): WeightChange | null => {
  let nearest: number | null = null;
  for (const line of lines) {
    if (line === winner) continue;
    const gain = direction * (line.slope - winner.slope);
    if (gain <= 0) continue;
    const behind = Math.max(0, winner.at(x0) - line.at(x0));
    const x = x0 + (direction * behind) / gain;
    if (x < -tolerance || x > 100 + tolerance) continue;
    if (nearest === null || Math.abs(x - x0) < Math.abs(nearest - x0))
      nearest = Math.min(100, Math.max(0, x));
  }
  if (nearest === null) return null;
  // Who wins just past the crossing (at it, when it is an end of the range and ties go to the winner).
  const beyond = Math.min(100, Math.max(0, nearest + direction * 1e-6));
  const next = winnerAt(lines, beyond);
  if (next === winner.option) return null;
  return { criterion, fromWeight: x0, toWeight: nearest, delta: nearest - x0, newWinnerId: next.optionId };
};

/**
 * For each criterion, the smallest rise and the smallest fall of its weight (the others rescaled in
 * proportion) that change the winner; the smallest of all is the sensitivity line. Each option's score is a
 * straight line in that weight, so the change is where a line crosses the winner's: exact, no search.
 */
export const weightSensitivity = (
  options: readonly ScoredOption[],
  weights: Readonly<DecisionWeights>,
): Sensitivity => {
  if (options.length === 0) return { winnerId: null, smallest: null, robust: true, byCriterion: [] };
  let smallest: WeightChange | null = null;
  let winnerId: string | null = null;
  const byCriterion = decisionCriteria.map((criterion) => {
    const x0 = weights[criterion];
    const lines = options.map((option) => lineOf(option, criterion, weights));
    const winnerOption = winnerAt(lines, x0);
    winnerId ??= winnerOption.optionId;
    const winner = lines.find((line) => line.option === winnerOption) as Line;
    const increase = nearestChange(lines, winner, criterion, x0, 1);
    const decrease = nearestChange(lines, winner, criterion, x0, -1);
    for (const change of [increase, decrease])
      if (change && (smallest === null || Math.abs(change.delta) < Math.abs(smallest.delta) - tolerance))
        smallest = change;
    return { criterion, weight: x0, increase, decrease };
  });
  return { winnerId, smallest, robust: smallest === null, byCriterion };
};
