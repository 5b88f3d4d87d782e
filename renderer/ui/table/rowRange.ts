/** Where the scroller stands, counted in rows of a fixed height. */
export interface RowsInView {
  /** The row at the top of the scroller. */
  first: number;
  /** How many rows the scroller's height holds (a partly shown row counted). */
  visible: number;
}

/**
 * The rows to draw, [start, end): those in view and `overscan` more on either side, within the list. A
 * scroller left below the end of a list that just got shorter shows the list's last rows.
 */
export const rowRange = (
  { first, visible }: RowsInView,
  total: number,
  overscan: number,
): { start: number; end: number } => {
  const top = Math.max(0, Math.min(first, total - visible));
  return { start: Math.max(0, top - overscan), end: Math.min(total, top + visible + overscan) };
};
