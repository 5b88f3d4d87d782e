import {
  inherentScore,
  isOpenRisk,
  isReviewOverdue,
  residualScore,
  riskLevel,
  type Risk,
  type RiskLevel,
} from '@shared/domain';
import { foldText, matchesAny, searchWords } from '@renderer/ui/listFilters';
import { memoizeLast } from '@renderer/ui/memoizeLast';
import type { RiskFilterValues } from './useRiskFilters';

/** A risk with what the register filters and sorts on, computed once per change of the data. */
export interface RiskRow {
  risk: Risk;
  inherent: number;
  inherentLevel: RiskLevel;
  residual: number;
  residualLevel: RiskLevel;
  /** The review date is past and the risk is not closed. */
  reviewOverdue: boolean;
  /** Title, owner and description, folded to lower case without accents. */
  searchText: string;
}

export const buildRiskRows = (risks: readonly Risk[], today: string): RiskRow[] =>
  risks.map((risk) => {
    const inherent = inherentScore(risk);
    const residual = residualScore(risk);
    return {
      risk,
      inherent,
      inherentLevel: riskLevel(inherent),
      residual,
      residualLevel: riskLevel(residual),
      reviewOverdue: isReviewOverdue(risk, today),
      searchText: foldText([risk.title, risk.owner ?? '', risk.description].join('\n')),
    };
  });

/** The rows of the current risks, rebuilt only when the risks (or the day) change. */
export const riskRowsOf = memoizeLast(buildRiskRows);

const inCell = (row: RiskRow, cell: RiskFilterValues['cell']): boolean => {
  if (!cell) return true;
  const { risk } = row;
  const likelihood =
    cell.view === 'residual' ? (risk.residualLikelihood ?? risk.likelihood) : risk.likelihood;
  const impact = cell.view === 'residual' ? (risk.residualImpact ?? risk.impact) : risk.impact;
  // The heatmaps leave closed risks out, so their cells do too.
  return isOpenRisk(risk) && likelihood === cell.likelihood && impact === cell.impact;
};

/** Rows passing every active filter: within a filter any chosen value matches, filters combine with "and". */
export const filterRiskRows = (rows: readonly RiskRow[], filters: RiskFilterValues): RiskRow[] => {
  const words = searchWords(filters.search);
  return rows.filter(
    (row) =>
      words.every((word) => row.searchText.includes(word)) &&
      matchesAny(filters.categories, [row.risk.category]) &&
      matchesAny(filters.statuses, [row.risk.status]) &&
      matchesAny(filters.treatments, [row.risk.treatment]) &&
      matchesAny(filters.inherentLevels, [row.inherentLevel]) &&
      matchesAny(filters.residualLevels, [row.residualLevel]) &&
      matchesAny(filters.owners, [row.risk.owner ?? '']) &&
      (!filters.overdueReview || row.reviewOverdue) &&
      inCell(row, filters.cell),
  );
};
