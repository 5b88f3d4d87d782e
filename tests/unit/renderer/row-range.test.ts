import { describe, expect, it } from 'vitest';
import { rowRange } from '../../../renderer/ui/table/rowRange';

describe('rowRange', () => {
  it('draws the rows in view of a long list and the overscan on either side, not the other 199,000', () => {
    expect(rowRange({ first: 1_000, visible: 10 }, 200_000, 3)).toEqual({ start: 997, end: 1_013 });
  });

  it('starts at the first row at the top of the list, with no rows above it', () => {
    expect(rowRange({ first: 0, visible: 10 }, 200_000, 3)).toEqual({ start: 0, end: 13 });
  });

  it('draws every row of a list shorter than its scroller', () => {
    expect(rowRange({ first: 0, visible: 10 }, 4, 3)).toEqual({ start: 0, end: 4 });
  });

  it('shows the last rows when a filter shortens the list below where the scroller stood', () => {
    // Scrolled to row 150,000, then a search leaves 120 events: their last screenful, not an empty table.
    expect(rowRange({ first: 150_000, visible: 10 }, 120, 3)).toEqual({ start: 107, end: 120 });
  });

  it('draws nothing for an empty list', () => {
    expect(rowRange({ first: 40, visible: 10 }, 0, 3)).toEqual({ start: 0, end: 0 });
  });

  it('draws only the overscan rows before the scroller has been measured', () => {
    expect(rowRange({ first: 0, visible: 0 }, 200_000, 3)).toEqual({ start: 0, end: 3 });
  });
});
