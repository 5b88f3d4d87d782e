import type { Decision } from '@shared/domain';
import { foldText, matchesAny, searchWords } from '@renderer/ui/listFilters';
import type { DecisionFilterValues } from './useDecisionFilters';

/** A decision with what the list shows, filters and sorts on, computed once per change of the data. */
export interface DecisionRow {
  decision: Decision;
  subject: string;
  /** Title of the chosen option, '' while none is chosen. */
  chosen: string;
  /** Question, subject, owner and option titles, folded to lower case without accents. */
  searchText: string;
}

export const buildDecisionRows = (
  decisions: readonly Decision[],
  subjectText: (decision: Decision) => string,
): DecisionRow[] =>
  decisions.map((decision) => {
    const subject = subjectText(decision);
    const chosen = decision.options.find((option) => option.id === decision.chosenOptionId)?.title ?? '';
    return {
      decision,
      subject,
      chosen,
      searchText: foldText(
        [decision.question, subject, decision.owner, ...decision.options.map((option) => option.title)].join(
          '\n',
        ),
      ),
    };
  });

/** Rows passing every active filter: within a filter any chosen value matches, filters combine with "and". */
export const filterDecisionRows = (
  rows: readonly DecisionRow[],
  filters: DecisionFilterValues,
): DecisionRow[] => {
  const words = searchWords(filters.search);
  return rows.filter(
    (row) =>
      words.every((word) => row.searchText.includes(word)) &&
      matchesAny(filters.statuses, [row.decision.status]),
  );
};
