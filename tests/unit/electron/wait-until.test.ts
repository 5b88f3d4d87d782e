import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../../electron/wait-until';

/** A clock that only moves when the code under test sleeps, so no test waits for real. */
const fakeSleep = () => {
  const slept: number[] = [];
  return { slept, sleep: (ms: number) => (slept.push(ms), Promise.resolve()) };
};

describe('waitUntil', () => {
  it('asks again every interval until the page says it is drawn', async () => {
    const answers = [false, false, true];
    const { slept, sleep } = fakeSleep();
    await waitUntil(() => Promise.resolve(answers.shift() ?? false), 'never drawn', {
      timeoutMs: 1_000,
      intervalMs: 200,
      sleep,
    });
    expect(slept).toEqual([200, 200]);
  });

  it('gives up after the timeout with the message given', async () => {
    const { slept, sleep } = fakeSleep();
    await expect(
      waitUntil(() => Promise.resolve(false), 'the report did not finish drawing', {
        timeoutMs: 1_000,
        intervalMs: 200,
        sleep,
      }),
    ).rejects.toThrow('the report did not finish drawing');
    expect(slept).toHaveLength(6);
  });
});
