const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

// Where the scan stands: before a cell's first character, inside its quotes, on a quote that ended the last
// piece (closing, or the first of a doubled one), in its text, on its row's line end, on a CR that ended the
// last piece (alone, or the first half of a CRLF).
const START = 0;
const QUOTED = 1;
const QUOTE_LAST = 2;
const TEXT = 3;
const LINE_END = 4;
const CR_LAST = 5;

/**
 * Hears a row: `cells` holds the cells asked for (and the only cell of a one-cell row, so a blank line shows
 * as one empty cell), '' for the others and past the row's end; `cellCount` is how many cells the row has.
 * Returning true stops the scan after this row. `cells` is the scanner's own array, reused for the next row.
 */
export type OnRow = (cells: readonly string[], cellCount: number) => boolean | void;

/** A quoted cell's text: quotes taken off, doubled ones made single, any text after the closing one added. */
const quotedCell = (text: string, open: number, close: number, escaped: boolean, end: number): string => {
  const inside = escaped ? text.slice(open + 1, close).replaceAll('""', '"') : text.slice(open + 1, close);
  return end > close + 1 ? inside + text.slice(close + 1, end) : inside;
};

/**
 * A streaming CSV scanner (RFC 4180) that makes only the cells asked for. Fed text in pieces cut anywhere
 * (inside a quoted cell, between CR and LF, inside ""), it finds row and cell boundaries — a cell starting
 * with a quote runs to the quote closing it, "" inside is one quote, delimiters and line breaks inside are
 * text; a row ends at CRLF, LF or a lone CR — and builds a string only for the columns it was asked for: a
 * reader of a dozen of an export's forty columns makes a dozen strings per row, not forty. Boundaries are
 * found by indexOf, as papaparse finds them (the engine's search beats a loop over characters); a cell
 * cut by the end of a piece keeps its first part, if asked for, to be joined to the rest.
 *
 * Damaged text reads as follows, never throwing: a quote inside a cell that does not start with one is a
 * character of the cell; text after a closing quote, up to the next delimiter or line end, is added to the
 * cell; a quote left open makes a row that never ends (`pending` grows, for the caller to cap; `end` says
 * so).
 */
export class NarrowCsv {
  private readonly delimiter: string;
  /** 1 at the columns asked for; undefined when every cell is. */
  private readonly asked: Uint8Array | undefined;
  private readonly cells: string[] = [];
  private stopped = false;
  /** The text pushed after the row the scan stopped at. */
  private after = '';
  // Where the scan stands between two pieces: the cell and its state, the part of it read (when asked for),
  // the place of its closing quote in that part (-1 while none), the characters of its row read.
  private state = START;
  private cell = 0;
  private escaped = false;
  private head = '';
  private headClose = -1;
  private rowRead = 0;

  /**
   * @param delimiter one character: `,`, `;` or a tab.
   * @param columns the indexes of the cells to make, or 'all'.
   */
  constructor(
    delimiter: string,
    columns: readonly number[] | 'all',
    private readonly onRow: OnRow,
  ) {
    this.delimiter = delimiter;
    if (columns !== 'all') {
      this.asked = new Uint8Array(Math.max(0, ...columns) + 1);
      for (const column of columns) this.asked[column] = 1;
      this.cells = Array.from({ length: this.asked.length }, () => '');
    }
  }

  /** Characters of the row not yet complete: what waits for the next piece. */
  get pending(): number {
    return this.rowRead;
  }

  /** Once `onRow` has stopped the scan: the text pushed after the row it stopped at. */
  get rest(): string {
    return this.after;
  }

  /** Scans the next piece of text; `onRow` hears of every row it completes. */
  push(text: string): void {
    if (!this.stopped) this.scan(text, false);
  }

  /** The text has ended: a last row without a line end is heard of. False when a quote was left open. */
  end(): boolean {
    if (this.stopped) return true;
    this.scan('', true);
    return this.state !== QUOTED;
  }

  private scan(input: string, final: boolean): void {
    const { asked, cells, delimiter } = this;
    const length = input.length;
    const width = asked?.length ?? 0;
    let { state, cell, escaped, head, headClose } = this;
    let at = 0;
    /** The cell's start in this piece (0 for a cell begun in an earlier one), its closing quote here. */
    let start = 0;
    let close = -1;
    let rowFrom = 0;
    let before = this.rowRead;
    // The next delimiter, LF and CR at or after `at`, `length` when there is none.
    let nextDelimiter = -1;
    let nextLf = -1;
    let nextCr = -1;
    for (;;) {
      if (state === START) {
        if (at === length && (!final || cell === 0)) break;
        if (at < length && input.charCodeAt(at) === QUOTE) {
          state = QUOTED;
          at += 1;
        } else state = TEXT;
      } else if (state === QUOTE_LAST) {
        if (at === length && !final) break;
        if (at < length && input.charCodeAt(at) === QUOTE) {
          escaped = true;
          at += 1;
          state = QUOTED;
        } else {
          if (head !== '') headClose = head.length - 1;
          state = TEXT;
        }
      }
      if (state === QUOTED) {
        let quote = input.indexOf('"', at);
        while (quote !== -1 && input.charCodeAt(quote + 1) === QUOTE) {
          escaped = true;
          quote = input.indexOf('"', quote + 2);
        }
        if (quote === -1) break;
        if (quote === length - 1 && !final) {
          state = QUOTE_LAST;
          break;
        }
        close = quote;
        at = quote + 1;
        state = TEXT;
      }
      if (state === TEXT) {
        if (nextDelimiter < at) {
          nextDelimiter = input.indexOf(delimiter, at);
          if (nextDelimiter === -1) nextDelimiter = length;
        }
        if (nextLf < at) {
          nextLf = input.indexOf('\n', at);
          if (nextLf === -1) nextLf = length;
        }
        if (nextCr < at) {
          nextCr = input.indexOf('\r', at);
          if (nextCr === -1) nextCr = length;
        }
        const lineEnd = nextLf < nextCr ? nextLf : nextCr;
        at = lineEnd < nextDelimiter ? lineEnd : nextDelimiter;
        if (at === length && !final) break;
        const rowEnds = at !== nextDelimiter || at === length;
        if (asked === undefined || asked[cell] === 1 || (cell === 0 && rowEnds)) {
          if (head === '')
            cells[cell] =
              close === -1 ? input.slice(start, at) : quotedCell(input, start, close, escaped, at);
          else {
            const text = head + input.slice(0, at);
            const quoteAt = headClose !== -1 ? headClose : close !== -1 ? head.length + close : -1;
            cells[cell] = quoteAt === -1 ? text : quotedCell(text, 0, quoteAt, escaped, text.length);
          }
        }
        cell += 1;
        escaped = false;
        close = -1;
        head = '';
        headClose = -1;
        if (!rowEnds) {
          at += 1;
          start = at;
          state = START;
          continue;
        }
        state = LINE_END;
      }
      // On the row's line end (or a CR last in the piece before), or at the end of the text.
      if (state === CR_LAST) {
        if (at === length && !final) break;
        if (at < length && input.charCodeAt(at) === LF) at += 1;
      } else if (at < length) {
        if (input.charCodeAt(at) !== CR) at += 1;
        else if (at + 1 < length) at += input.charCodeAt(at + 1) === LF ? 2 : 1;
        else if (final) at += 1;
        else {
          state = CR_LAST;
          break;
        }
      }
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
        this.after = input.slice(at);
        break;
      }
    }
    // A cell cut by the end of the piece keeps its first part, if it is asked for (or may be a row's only cell).
    if (state === QUOTED || state === QUOTE_LAST || state === TEXT) {
      if (asked === undefined || asked[cell] === 1 || cell === 0) {
        if (close !== -1) headClose = head.length + close - start;
        head += input.slice(start);
      }
    }
    this.state = state;
    this.cell = cell;
    this.escaped = escaped;
    this.head = head;
    this.headClose = headClose;
    this.rowRead = this.stopped ? 0 : before + length - rowFrom;
  }
}
