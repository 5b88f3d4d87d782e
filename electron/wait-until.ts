export interface WaitOptions {
  timeoutMs: number;
  intervalMs: number;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks `check` until it answers true, every `intervalMs`, giving up after `timeoutMs` with `failure` as the
 * error. Used to wait for a hidden page to finish drawing before printing it.
 */
export const waitUntil = async (
  check: () => Promise<boolean>,
  failure: string,
  { timeoutMs, intervalMs, sleep = pause }: WaitOptions,
): Promise<void> => {
  for (let waited = 0; waited <= timeoutMs; waited += intervalMs) {
    if (await check()) return;
    await sleep(intervalMs);
  }
  throw new Error(failure);
};
