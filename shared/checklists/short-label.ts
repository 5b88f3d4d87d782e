/** Past this, a question is too long to title a risk in a register's row or a report's top five. */
export const SHORT_LABEL_LENGTH = 80;

/**
 * A checklist question shortened to title the risk raised from it: the question without its question
 * mark, cut at the last whole word within the limit with an ellipsis. The user edits it before saving.
 */
export const shortLabel = (question: string, limit = SHORT_LABEL_LENGTH): string => {
  const text = question
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*\?$/, '');
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:—-]+$/, '')}…`;
};
