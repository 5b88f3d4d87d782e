import { en } from '@renderer/i18n/en';
import { SeededRandom } from './seeded-random';

/** One generated input and how it was made, so a failure can be reproduced from the report. */
export interface FuzzInput<Input> {
  input: Input;
  how: string;
}

export interface FuzzTarget<Input, Result> {
  /** Inputs per run: the issue asks at least 1,000 per parser. */
  count: number;
  seed: number;
  generate: (random: SeededRandom, index: number) => FuzzInput<Input>;
  read: (input: Input) => Result | Promise<Result>;
  /** The message keys of a refusal, or undefined when the input was accepted. */
  refusal: (result: Result) => string[] | undefined;
  /** Each input must be read within this many milliseconds. */
  budgetMs: number;
}

export interface FuzzReport {
  accepted: number;
  refused: number;
  /** Inputs that threw, were slower than the budget or were refused without a message a user can read. */
  faults: string[];
  slowestMs: number;
}

const lookup = (path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      en,
    );

/** A refusal names the problem when its key is an English message (plural forms count: key_one, key_other). */
export const isMessageKey = (key: string): boolean =>
  typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string';

/**
 * Feeds every generated input to the reader and records what went wrong: a throw, an input over the time
 * budget, or a refusal whose message is not one the app can show. Deterministic for a given seed.
 */
export const runFuzz = async <Input, Result>(target: FuzzTarget<Input, Result>): Promise<FuzzReport> => {
  const random = new SeededRandom(target.seed);
  const report: FuzzReport = { accepted: 0, refused: 0, faults: [], slowestMs: 0 };
  for (let index = 0; index < target.count; index += 1) {
    const { input, how } = target.generate(random, index);
    const started = performance.now();
    let result: Result;
    try {
      result = await target.read(input);
    } catch (error) {
      report.faults.push(
        `#${index} (${how}) threw: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    const elapsed = performance.now() - started;
    report.slowestMs = Math.max(report.slowestMs, elapsed);
    if (elapsed > target.budgetMs)
      report.faults.push(`#${index} (${how}) took ${Math.round(elapsed)} ms (budget ${target.budgetMs} ms)`);
    const messages = target.refusal(result);
    if (messages === undefined) {
      report.accepted += 1;
      continue;
    }
    report.refused += 1;
    const unnamed = messages.length === 0 ? ['(no message)'] : messages.filter((key) => !isMessageKey(key));
    if (unnamed.length > 0) report.faults.push(`#${index} (${how}) refused with ${unnamed.join(', ')}`);
  }
  return report;
};
