import { isIsoDate } from '../domain/common';
import type { DeclarationAggregates, HolderFamilies } from '../domain/standards/declaration-set';
import { flaggedGenerations } from '../domain/standards/generation';
import type { FileProblem } from '../files/file-problem';
import type { RowLayout } from './columns';
import { detachedText } from './detached-text';
import { HolderNames } from './holder-names';
import { IntPairSet } from './int-pair-set';
import { MAX_FAMILY_ENTRIES, MAX_FIELD_CHARS, MAX_LISTED_ROWS } from './limits';
import { StandardNames } from './standard-names';

/** Why a row was left out: no holder, no standard nor generation, no family key, a broken row, a value too long. */
export const skipReasonValues = ['noHolder', 'noStandard', 'noFamily', 'columnCount', 'tooLong'] as const;
/** A value ignored while its row is kept: a holder country that is no ISO code, a date that is no date. */
export const ignoredValueReasons = ['badCountry', 'badDate'] as const;
export type RowIssueReason = (typeof skipReasonValues)[number] | (typeof ignoredValueReasons)[number];

/** How many rows had this issue, and the first few of their numbers (the header is row 1). */
export interface RowIssue {
  reason: RowIssueReason;
  count: number;
  rows: number[];
}

/** A family id of digits that fits a small integer, as that number (no string kept); -1 for any other text. */
const smallInteger = (text: string): number => {
  if (text.length === 0 || text.length > 9) return -1;
  let value = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + code - 48;
  }
  return value;
};

const datePrefix = /^\d{4}-\d{2}-\d{2}/;

/** Right date cells remembered (a few kB each thousand): real exports have a few thousand dates. */
const KNOWN_DATES = 20_000;

/** Standards of a family's run of rows remembered (a family is declared on a few specifications). */
const RUN_STANDARDS = 16;

/** A row's cell in a column, '' when the file has no such column (-1). */
const cellAt = (fields: readonly string[], column: number): string =>
  column < 0 ? '' : (fields[column] ?? '');

/**
 * Folds the rows of a declarations file into aggregates as they stream past, keeping no row: per holder ×
 * standard and per holder × generation the set of distinct patent families, per holder its names and
 * countries. A family is its ETSI family id, else its publication number, else its application number (a
 * family id and a number are never taken for one another). Memory follows the distinct values, each capped
 * (limits.ts); a cap passed makes `add` return the refusal.
 */
export class DeclarationAggregator {
  rowCount = 0;
  private readonly holders = new HolderNames();
  private readonly standards = new StandardNames();
  /** Family ids from text (publication or application numbers): negative, apart from the numeric ids. */
  private readonly familyByText = new Map<string, number>();
  /**
   * The distinct families as (0, family), (holder × 2^16 + standard, family) — both indexes stay below 2^16
   * (MAX_HOLDERS, MAX_STANDARDS) —, (holder, family) and (holder × 4 + generation bit, family): counted
   * per holder, standard and generation once the file is read.
   */
  private readonly families = new IntPairSet();
  private readonly entries = new IntPairSet();
  private readonly holderFamilies = new IntPairSet();
  private readonly generationFamilies = new IntPairSet();
  private readonly issues = new Map<RowIssueReason, RowIssue>();
  private declaredFrom: string | undefined;
  private declaredTo: string | undefined;
  private readonly flagColumns: number[];
  private lastDate: string | undefined;
  /** Date cells already read and found right (up to KNOWN_DATES): seen again, they change nothing. */
  private readonly knownDates = new Set<string>();
  /**
   * The run of rows of one holder's family (ETSI writes a family's rows together, one per specification
   * version): what they have counted already — on which standards (the first RUN_STANDARDS), whether for
   * the holder, on which generations — is not looked up again.
   */
  private run = { holder: -1, family: 0, standards: [] as number[], counted: false, generations: 0 };

  constructor(private readonly layout: RowLayout) {
    this.flagColumns = [...layout.generations];
  }

  private note(reason: RowIssueReason, row: number): undefined {
    let issue = this.issues.get(reason);
    if (!issue) {
      issue = { reason, count: 0, rows: [] };
      this.issues.set(reason, issue);
    }
    issue.count += 1;
    if (issue.rows.length < MAX_LISTED_ROWS) issue.rows.push(row);
    return undefined;
  }

  private standardCell(fields: readonly string[]): string {
    const { tgppType, tgppNumber, standard, deliverable } = this.layout;
    const number = cellAt(fields, tgppNumber);
    if (number !== '') {
      const type = cellAt(fields, tgppType);
      return type === '' || type === 'TS' ? number : `${type} ${number}`;
    }
    return cellAt(fields, standard) || cellAt(fields, deliverable);
  }

  /** The family of a row as a number, undefined when it has no key, or a reason when the key is too long. */
  private familyOf(fields: readonly string[]): number | 'noFamily' | 'tooLong' {
    const id = cellAt(fields, this.layout.family).trim();
    if (id.length > MAX_FIELD_CHARS.family) return 'tooLong';
    const number = smallInteger(id);
    if (number >= 0) return number;
    let text = id === '' ? '' : `f:${id}`;
    if (text === '') {
      const publication = cellAt(fields, this.layout.publication).trim();
      const application = publication === '' ? cellAt(fields, this.layout.application).trim() : '';
      if (
        publication.length > MAX_FIELD_CHARS.publication ||
        application.length > MAX_FIELD_CHARS.publication
      )
        return 'tooLong';
      text = publication !== '' ? `p:${publication}` : application !== '' ? `a:${application}` : '';
    }
    if (text === '') return 'noFamily';
    let family = this.familyByText.get(text);
    if (family === undefined) {
      family = -1 - this.familyByText.size;
      this.familyByText.set(detachedText(text), family);
    }
    return family;
  }

  /** The generations a row's flags give (bits 2G…5G), or -1 when it flags none of them either way. */
  private flagsOf(fields: readonly string[]): number {
    let mask = 0;
    let given = false;
    for (let bit = 0; bit < 4; bit += 1) {
      const cell = cellAt(fields, this.flagColumns[bit] ?? -1);
      if (cell === '1') mask |= 1 << bit;
      if (cell !== '') given = true;
    }
    return given ? mask : -1;
  }

  private noteDate(fields: readonly string[], row: number): void {
    const cell = cellAt(fields, this.layout.date);
    // The rows of one declaration follow each other and share its date: checked once.
    if (cell === '' || cell === this.lastDate) return;
    this.lastDate = cell;
    if (this.knownDates.has(cell)) return;
    const date = cell.trim().slice(0, 10);
    if (date === this.declaredFrom || date === this.declaredTo) return;
    if (cell.length > MAX_FIELD_CHARS.date || !datePrefix.test(cell.trim()) || !isIsoDate(date)) {
      this.lastDate = undefined;
      this.note('badDate', row);
      return;
    }
    if (this.knownDates.size < KNOWN_DATES) this.knownDates.add(detachedText(cell));
    if (this.declaredFrom === undefined || date < this.declaredFrom) this.declaredFrom = date;
    if (this.declaredTo === undefined || date > this.declaredTo) this.declaredTo = date;
  }

  /**
   * Folds one data row in: the cells of the columns the layout reads (columnsRead), how many cells the row
   * has, its number in the file. Returns a refusal when a cap is passed.
   */
  add(fields: readonly string[], cellCount: number, row: number): FileProblem | undefined {
    this.rowCount += 1;
    if (cellCount !== this.layout.columnCount) return this.note('columnCount', row);
    const holderCell = cellAt(fields, this.layout.holder);
    const standardCell = this.standardCell(fields);
    if (holderCell.length > MAX_FIELD_CHARS.holder || standardCell.length > MAX_FIELD_CHARS.standard)
      return this.note('tooLong', row);
    const spelling = this.holders.spellingOf(holderCell);
    if (typeof spelling !== 'number') return spelling;
    const holder = this.holders.holderOf(spelling);
    if (holder < 0) return this.note('noHolder', row);
    const standard = this.standards.standardOf(standardCell);
    if (typeof standard !== 'number') return standard;
    const flags = this.flagsOf(fields);
    // Rows that flag no generation either way (older declarations) take their standard's, when it has one.
    const derived = standard >= 0 ? (this.standards.generations[standard] ?? -1) : -1;
    const generation = flags >= 0 ? flags : derived >= 0 ? 1 << derived : 0;
    if (standard < 0 && generation === 0) return this.note('noStandard', row);
    const family = this.familyOf(fields);
    if (typeof family !== 'number') return this.note(family, row);

    this.holders.countRow(spelling);
    const countryCell = cellAt(fields, this.layout.country);
    if (
      countryCell !== '' &&
      (countryCell.length > MAX_FIELD_CHARS.country || !this.holders.countCountry(holder, countryCell))
    )
      this.note('badCountry', row);
    this.noteDate(fields, row);
    return this.count(holder, standard, generation, family);
  }

  private count(
    holder: number,
    standard: number,
    generations: number,
    family: number,
  ): FileProblem | undefined {
    let run = this.run;
    if (run.holder !== holder || run.family !== family) {
      run = { holder, family, standards: [], counted: false, generations: 0 };
      this.run = run;
    }
    // Already counted on this standard: already counted for the holder and in the file too.
    let known: boolean;
    if (standard >= 0 && !run.standards.includes(standard)) {
      known = !this.entries.add((holder << 16) | standard, family);
      if (!known && this.entries.size > MAX_FAMILY_ENTRIES)
        return { message: 'declarations.problems.tooManyFamilies', params: { limit: MAX_FAMILY_ENTRIES } };
      if (run.standards.length < RUN_STANDARDS) run.standards.push(standard);
    } else known = standard >= 0;
    if (!known && !run.counted) {
      run.counted = true;
      if (this.holderFamilies.add(holder, family)) this.families.add(0, family);
    }
    const fresh = generations & ~run.generations;
    run.generations |= generations;
    for (let bit = 0; bit < 4; bit += 1)
      if ((fresh & (1 << bit)) !== 0) this.generationFamilies.add(holder * 4 + bit, family);
    return undefined;
  }

  /** How many families each holder has, in all, per standard and per generation (holder × 4 + bit). */
  private counts() {
    const perHolder: number[] = [];
    this.holderFamilies.forEach((holder) => {
      perHolder[holder] = (perHolder[holder] ?? 0) + 1;
    });
    const perStandard: Map<number, number>[] = [];
    this.entries.forEach((key) => {
      const holder = key >>> 16;
      const standard = key & 0xffff;
      const byStandard = perStandard[holder] ?? new Map<number, number>();
      perStandard[holder] = byStandard;
      byStandard.set(standard, (byStandard.get(standard) ?? 0) + 1);
    });
    const perGeneration: number[] = [];
    this.generationFamilies.forEach((at) => {
      perGeneration[at] = (perGeneration[at] ?? 0) + 1;
    });
    return { perHolder, perStandard, perGeneration };
  }

  /** The rows left out and the values ignored, by reason, in the order of skipReasonValues then ignoredValueReasons. */
  rowIssues(): RowIssue[] {
    return [...skipReasonValues, ...ignoredValueReasons].flatMap((reason) => this.issues.get(reason) ?? []);
  }

  get source(): RowLayout['source'] {
    return this.layout.source;
  }

  /** Whether any row was kept. */
  get hasFamilies(): boolean {
    return this.families.size > 0;
  }

  /** The aggregates, sorted (holders by key, standards by number, entries by holder): one file, one value. */
  aggregates(): DeclarationAggregates {
    const { perHolder, perStandard, perGeneration } = this.counts();
    const kept = this.holders.keys
      .map((key, holder) => ({ key, holder }))
      .filter(({ holder }) => (perHolder[holder] ?? 0) > 0)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // Holders are visited in their sorted order, so each list of entries comes out sorted by holder.
    const byStandard = new Map<number, HolderFamilies[]>();
    const byGeneration = flaggedGenerations.map((): HolderFamilies[] => []);
    kept.forEach(({ holder }, at) => {
      for (const [standard, families] of perStandard[holder] ?? []) {
        const entries = byStandard.get(standard);
        if (entries) entries.push([at, families]);
        else byStandard.set(standard, [[at, families]]);
      }
      byGeneration.forEach((entries, bit) => {
        const families = perGeneration[holder * 4 + bit] ?? 0;
        if (families > 0) entries.push([at, families]);
      });
    });

    const numbers = this.standards.numbers;
    return {
      families: this.families.size,
      holders: this.holders.describe(
        kept.map(({ holder }) => holder),
        (holder) => perHolder[holder] ?? 0,
      ),
      standards: [...byStandard]
        .map(([standard, families]) => ({ number: numbers[standard] ?? '', families }))
        .sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0)),
      generations: flaggedGenerations.flatMap((generation, bit) => {
        const families = byGeneration[bit] ?? [];
        return families.length > 0 ? [{ generation, families }] : [];
      }),
      ...(this.declaredFrom !== undefined && { declaredFrom: this.declaredFrom }),
      ...(this.declaredTo !== undefined && { declaredTo: this.declaredTo }),
    };
  }
}
