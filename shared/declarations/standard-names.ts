import { flaggedGenerations } from '../domain/standards/generation';
import { builtInStandards } from '../domain/standards/reference-list';
import { buildStandardIndex, generationOfStandard } from '../domain/standards/standard-scope';
import { canonicalStandard } from '../domain/standards/standard-number';
import type { FileProblem } from '../files/file-problem';
import { detachedText } from './detached-text';
import { cleanCell } from './holder-names';
import { MAX_STANDARD_NAMES, MAX_STANDARDS } from './limits';

const builtInIndex = buildStandardIndex(builtInStandards);

/**
 * The standards of a file, each spelling read once: ETSI's `TS 138 331`, the 3GPP number `38.331` and
 * `TS 38.331` are one standard (standard-number.ts), whose generation is looked up once too — in the
 * built-in reference list, else by its 3GPP series — for rows that carry no generation flag.
 */
export class StandardNames {
  private readonly byRaw = new Map<string, number>();
  private readonly byCanonical = new Map<string, number>();
  readonly numbers: string[] = [];
  /** Per standard, the index in flaggedGenerations of its generation, or -1. */
  readonly generations: number[] = [];
  private lastRaw: string | undefined;
  private last = -1;

  /** The standard a raw cell names (-1 when empty), or a refusal past the caps. */
  standardOf(raw: string): number | FileProblem {
    if (raw === this.lastRaw) return this.last;
    let standard = this.byRaw.get(raw);
    if (standard === undefined) {
      if (this.byRaw.size >= MAX_STANDARD_NAMES)
        return { message: 'declarations.problems.tooManyStandards', params: { limit: MAX_STANDARDS } };
      const number = canonicalStandard(cleanCell(detachedText(raw)));
      standard = number === '' ? -1 : this.byCanonical.get(number.toLowerCase());
      if (standard === undefined) {
        if (this.numbers.length >= MAX_STANDARDS)
          return { message: 'declarations.problems.tooManyStandards', params: { limit: MAX_STANDARDS } };
        standard = this.numbers.length;
        this.byCanonical.set(number.toLowerCase(), standard);
        this.numbers.push(number);
        const generation = generationOfStandard(number, builtInIndex);
        this.generations.push(flaggedGenerations.findIndex((flagged) => flagged === generation));
      }
      this.byRaw.set(detachedText(raw), standard);
    }
    this.lastRaw = raw;
    this.last = standard;
    return standard;
  }
}
