import { isCountryCode } from '../domain/countries';
import { normaliseCompanyName } from '../domain/reference-match';
import type { DeclaredHolder } from '../domain/standards/declaration-set';
import { MAX_HOLDER_SPELLINGS } from '../domain/standards/declaration-set';
import { xmlSafeText } from '../domain/xml-text';
import type { FileProblem } from '../files/file-problem';
import { detachedText } from './detached-text';
import { MAX_FIELD_CHARS, MAX_HOLDER_NAMES, MAX_HOLDERS } from './limits';

/** Text of a file cell as it is kept: without what XML cannot hold, spaces collapsed. */
export const cleanCell = (raw: string): string => xmlSafeText(raw).trim().replace(/\s+/g, ' ');

const byCountThenText = (a: [string, number], b: [string, number]): number =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The declaring companies of a file, each spelling of a name read once: a file repeats the same few
 * hundred names millions of times, so each raw spelling is normalised on first sight and looked up after.
 * Spellings that normalise alike (legal forms, case, punctuation) are one holder.
 */
export class HolderNames {
  /** Raw spelling → its index in the arrays below. */
  private readonly byRaw = new Map<string, number>();
  private readonly spellingHolder: number[] = [];
  private readonly spellingText: string[] = [];
  private readonly spellingRows: number[] = [];
  private readonly byKey = new Map<string, number>();
  readonly keys: string[] = [];
  private readonly countries: (Map<string, number> | undefined)[] = [];
  private lastRaw: string | undefined;
  private lastSpelling = -1;

  /**
   * The spelling index of a raw name (-1 when it names nobody: empty, or punctuation alone), or a refusal
   * when the file has more names than the caps allow.
   */
  spellingOf(raw: string): number | FileProblem {
    if (raw === this.lastRaw) return this.lastSpelling;
    let spelling = this.byRaw.get(raw);
    if (spelling === undefined) {
      if (this.byRaw.size >= MAX_HOLDER_NAMES)
        return { message: 'declarations.problems.tooManyHolders', params: { limit: MAX_HOLDERS } };
      const text = cleanCell(detachedText(raw));
      // Normalising can lengthen a name (NFKD, '&' as "and"): the key is held to the cell's own cap.
      const key = text === '' ? '' : normaliseCompanyName(text).slice(0, MAX_FIELD_CHARS.holder).trimEnd();
      let holder = key === '' ? -1 : this.byKey.get(key);
      if (holder === undefined) {
        if (this.keys.length >= MAX_HOLDERS)
          return { message: 'declarations.problems.tooManyHolders', params: { limit: MAX_HOLDERS } };
        holder = this.keys.length;
        this.byKey.set(key, holder);
        this.keys.push(key);
        this.countries.push(undefined);
      }
      spelling = this.spellingHolder.length;
      this.byRaw.set(detachedText(raw), spelling);
      this.spellingHolder.push(holder);
      this.spellingText.push(text);
      this.spellingRows.push(0);
    }
    this.lastRaw = raw;
    this.lastSpelling = spelling;
    return spelling;
  }

  holderOf(spelling: number): number {
    return this.spellingHolder[spelling] ?? -1;
  }

  /** Counts a row kept under this spelling: the most used spelling names the holder. */
  countRow(spelling: number): void {
    this.spellingRows[spelling] = (this.spellingRows[spelling] ?? 0) + 1;
  }

  /** Counts a country a row gives for the holder; false when it is not an ISO 3166-1 alpha-2 code. */
  countCountry(holder: number, raw: string): boolean {
    const code = raw.trim().toUpperCase();
    if (!isCountryCode(code)) return false;
    let counts = this.countries[holder];
    if (!counts) {
      counts = new Map();
      this.countries[holder] = counts;
    }
    counts.set(code, (counts.get(code) ?? 0) + 1);
    return true;
  }

  /**
   * The holders as stored, in the order asked: each named by its most used spelling (ties in text order),
   * its other spellings after it by use, and the country its rows give most often. One pass over the
   * spellings, however many holders there are.
   */
  describe(holders: readonly number[], familiesOf: (holder: number) => number): DeclaredHolder[] {
    const uses = new Map<number, Map<string, number>>();
    this.spellingHolder.forEach((holder, spelling) => {
      const rows = this.spellingRows[spelling] ?? 0;
      if (rows === 0) return;
      const text = this.spellingText[spelling] ?? '';
      const texts = uses.get(holder) ?? new Map<string, number>();
      texts.set(text, (texts.get(text) ?? 0) + rows);
      uses.set(holder, texts);
    });
    return holders.map((holder) => {
      const spellings = [...(uses.get(holder) ?? [])].sort(byCountThenText).map(([text]) => text);
      const [name = this.keys[holder] ?? '', ...others] = spellings;
      const [country] = [...(this.countries[holder] ?? [])].sort(byCountThenText)[0] ?? [];
      return {
        key: this.keys[holder] ?? '',
        name,
        spellings: others.slice(0, MAX_HOLDER_SPELLINGS),
        ...(country !== undefined && { country }),
        families: familiesOf(holder),
      };
    });
  }
}
