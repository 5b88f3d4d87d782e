const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Where the scan stands: before a cell’s first character, in its quotes, in its text, at the line end. */
const START = 0;
const QUOTED = 1;
const TEXT = 2;
const LINE_END = 3;

/**
 * Hears a row: `cells` holds the cells asked for (and the only cell of a one-cell row, so a blank line shows
 * as one empty cell), '' for the others and past the row's end; `cellCount` is how many cells the row has.
 * Returning true stops the scan after this row. `cells` is the scanner's own array, reused for the next row.
 */
export type OnRow = (cells: readonly string[], cellCount: number) => boolean | void;

/** A quoted cell's text: quotes taken off, doubled ones made single, any text after the closing one added. */
const quotedCell = (input: string, open: number, close: number, escaped: boolean, end: number): string => {
  const text = escaped ? input.slice(open + 1, close).replaceAll('""', '"') : input.slice(open + 1, close);
  return end > close + 1 ? text + input.slice(close + 1, end) : text;
};

/**
 * A streaming CSV scanner (RFC 4180) that makes only the cells asked for. Fed text in pieces cut anywhere
 * (inside a quoted cell, between CR and LF, inside ""), it finds row and cell boundaries — a cell starting
 * with a quote runs to the quote closing it, "" inside is one quote, delimiters and line breaks inside are
 * text; a row ends at CRLF, LF or a lone CR — and builds a string only for the columns it was asked for: a
 * reader of a dozen of an export's forty columns makes a dozen strings per row, not forty. A piece ending
 * inside a cell leaves that cell's text to be joined to the next piece, and the scan goes on where it
 * was.
 *
 * Damaged text reads as follows, never throwing: a quote inside a cell that does not start with one is a
 * character of the cell; text after a closing quote, up to the next delimiter or line end, is added to the
 * cell; a quote left open makes a row that never ends (`pending` grows, for the caller to cap; `end` says
 * so).
 */
export class NarrowCsv {
  private readonly delimiter: number;
  /** 1 at the columns asked for; undefined when every cell is. */
  private readonly asked: Uint8Array | undefined;
  private readonly cells: string[] = [];
  /** The text of the cell being scanned (or of its row's line end), joined to the next piece. */
  private carry = '';
  /** Characters of the row being scanned before the carry. */
  private rowBefore = 0;
  private stopped = false;
  // Where the scan stands, as offsets into the carry.
  private state = START;
  private cell = 0;
  private start = 0;
  /** The closing quote of the cell, -1 while none. */
  private close = -1;
  private escaped = false;
  private at = 0;

  /**
   * @param delimiter one character: `,`, `;` or a tab.
   * @param columns the indexes of the cells to make, or 'all'.
   */
  constructor(
    delimiter: string,
    columns: readonly number[] | 'all',
    private readonly onRow: OnRow,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    if (columns !== 'all') {
      this.asked = new Uint8Array(Math.max(0, ...columns) + 1);
      for (const column of columns) this.asked[column] = 1;
      this.cells = Array.from({ length: this.asked.length }, () => '');
    }
  }

  /** Characters of the row not yet complete: what waits for the next piece. */
  get pending(): number {
    return this.rowBefore + this.carry.length;
  }

  /** Once `onRow` has stopped the scan: the text pushed after the row it stopped at. */
  get rest(): string {
    return this.stopped ? this.carry : '';
  }

  /** Scans the next piece of text; `onRow` hears of every row it completes. */
  push(text: string): void {
    if (!this.stopped) this.scan(this.carry === '' ? text : this.carry + text, false);
  }

  /** The text has ended: a last row without a line end is heard of. False when a quote was left open. */
  end(): boolean {
    if (this.stopped) return true;
    this.scan(this.carry, true);
    return this.state !== QUOTED;
  }

  private scan(input: string, final: boolean): void {
    const { asked, cells, delimiter } = this;
    const length = input.length;
    const width = asked?.length ?? 0;
    let { state, cell, start, close, escaped, at } = this;
    let rowFrom = 0;
    let before = this.rowBefore;
    for (;;) {
      if (state === START) {
        if (at === length && (!final || cell === 0)) break;
        if (at < length && input.charCodeAt(at) === QUOTE) {
          state = QUOTED;
          at += 1;
        } else state = TEXT;
      }
      if (state === QUOTED) {
        let quote = input.indexOf('"', at);
        while (quote !== -1 && input.charCodeAt(quote + 1) === QUOTE) {
          escaped = true;
          quote = input.indexOf('"', quote + 2);
        }
        if (quote === -1) {
          at = length;
          break;
        }
        // A quote last in the text may be the first of a doubled one.
        if (quote === length - 1 && !final) {
          at = quote;
          break;
        }
        close = quote;
        at = quote + 1;
        state = TEXT;
      }
      if (state === TEXT) {
        let code = -1;
        while (at < length) {
          code = input.charCodeAt(at);
          if (code === delimiter || code === LF || code === CR) break;
          at += 1;
        }
        if (at === length) {
          if (!final) break;
          code = -1;
        }
        const rowEnds = code !== delimiter;
        if (asked === undefined || asked[cell] === 1 || (cell === 0 && rowEnds))
          cells[cell] = close === -1 ? input.slice(start, at) : quotedCell(input, start, close, escaped, at);
        cell += 1;
        close = -1;
        escaped = false;
        if (!rowEnds) {
          at += 1;
          start = at;
          state = START;
          continue;
        }
        state = LINE_END;
      }
      // LINE_END: `at` is on the CR or LF ending the row, or at the end of the text.
      if (at < length && input.charCodeAt(at) === CR) {
        // A CR last in the text may be the first half of a CRLF.
        if (at + 1 < length) at += input.charCodeAt(at + 1) === LF ? 2 : 1;
        else if (final) at += 1;
        else break;
      } else if (at < length) at += 1;
      if (asked === undefined) cells.length = cell;
      for (let column = cell; column < width; column += 1) cells[column] = '';
      const stop = this.onRow(cells, cell);
      if (cell === 1 && asked !== undefined && asked[0] !== 1) cells[0] = '';
      cell = 0;
      start = at;
      rowFrom = at;
      before = 0;
      state = START;
      if (stop === true) {
        this.stopped = true;
        break;
      }
    }
    // Keep the text from the cell being scanned (or the line end), offsets made relative to it.
    const keep = state === LINE_END ? at : start;
    this.carry = keep === 0 ? input : input.slice(keep);
    this.rowBefore = before + keep - rowFrom;
    this.state = state;
    this.cell = cell;
    this.start = start - keep;
    this.close = close === -1 ? -1 : close - keep;
    this.escaped = escaped;
    this.at = at - keep;
  }
}
