import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPrintGuard,
  PRINT_BUSY_MESSAGE,
  printHiddenPage,
  type HiddenPrintPage,
} from '../../../electron/print-job';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

/** A hidden page whose steps the test controls; `close` is what must happen in every outcome. */
const fakePage = (overrides: Partial<HiddenPrintPage> = {}) => ({
  load: vi.fn(() => Promise.resolve()),
  drawn: vi.fn(() => Promise.resolve(true)),
  print: vi.fn(() => Promise.resolve(pdf)),
  close: vi.fn(),
  ...overrides,
});

const timings = { loadTimeoutMs: 60_000, drawTimeoutMs: 120_000 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('printing a hidden page', () => {
  it('loads, prints only once the page signals it is drawn, and closes the window', async () => {
    let signal: (value: boolean) => void = () => undefined;
    const page = fakePage({ drawn: vi.fn(() => new Promise<boolean>((resolve) => (signal = resolve))) });
    const printing = printHiddenPage(() => page, timings);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(page.print).not.toHaveBeenCalled();
    signal(true);
    await expect(printing).resolves.toBe(pdf);
    expect(page.drawn).toHaveBeenCalledTimes(1);
    expect(page.close).toHaveBeenCalledTimes(1);
  });

  it('stops at the step it is in when cancelled, closing the window without printing', async () => {
    const controller = new AbortController();
    const page = fakePage({ load: vi.fn(() => new Promise<void>(() => undefined)) });
    const printing = printHiddenPage(() => page, timings, { signal: controller.signal, onPrinting: vi.fn() });
    await vi.advanceTimersByTimeAsync(5_000);
    controller.abort();
    await expect(printing).resolves.toBeUndefined();
    expect(page.drawn).not.toHaveBeenCalled();
    expect(page.print).not.toHaveBeenCalled();
    expect(page.close).toHaveBeenCalledTimes(1);
  });

  it('leaves no timer behind once printed', async () => {
    await expect(printHiddenPage(() => fakePage(), timings)).resolves.toBe(pdf);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('closes the window when loading fails', async () => {
    const page = fakePage({ load: vi.fn(() => Promise.reject(new Error('ERR_FAILED (-2) loading app://'))) });
    await expect(printHiddenPage(() => page, timings)).rejects.toThrow('ERR_FAILED');
    expect(page.print).not.toHaveBeenCalled();
    expect(page.close).toHaveBeenCalledTimes(1);
  });

  it('closes the window when loading never ends', async () => {
    const page = fakePage({ load: vi.fn(() => new Promise<void>(() => undefined)) });
    const printing = printHiddenPage(() => page, timings);
    const outcome = expect(printing).rejects.toThrow('did not load within a minute');
    await vi.advanceTimersByTimeAsync(60_000);
    await outcome;
    expect(page.close).toHaveBeenCalledTimes(1);
  });

  it('closes the window when the page never finishes drawing', async () => {
    const page = fakePage({ drawn: vi.fn(() => new Promise<boolean>(() => undefined)) });
    const printing = printHiddenPage(() => page, timings);
    const outcome = expect(printing).rejects.toThrow('did not finish drawing');
    await vi.advanceTimersByTimeAsync(121_000);
    await outcome;
    expect(page.print).not.toHaveBeenCalled();
    expect(page.close).toHaveBeenCalledTimes(1);
  });

  it('closes the window when the page crashes or printing fails', async () => {
    const crashed = fakePage({
      drawn: vi.fn(() => Promise.reject(new Error('Render frame was disposed'))),
    });
    await expect(printHiddenPage(() => crashed, timings)).rejects.toThrow('disposed');
    expect(crashed.close).toHaveBeenCalledTimes(1);
    const failed = fakePage({ print: vi.fn(() => Promise.reject(new Error('Printing failed'))) });
    await expect(printHiddenPage(() => failed, timings)).rejects.toThrow('Printing failed');
    expect(failed.close).toHaveBeenCalledTimes(1);
  });
});

describe('one print job at a time', () => {
  it('refuses a second job while the first runs, with a message saying why', async () => {
    const guard = createPrintGuard();
    let finish: (value: string) => void = () => undefined;
    const first = guard.run(() => new Promise<string>((resolve) => (finish = resolve)));
    const second = vi.fn(() => Promise.resolve('second'));
    await expect(guard.run(second)).rejects.toThrow(PRINT_BUSY_MESSAGE);
    expect(second).not.toHaveBeenCalled();
    finish('first');
    await expect(first).resolves.toBe('first');
  });

  it('takes a new job once the previous one ended, even in failure', async () => {
    const guard = createPrintGuard();
    await expect(guard.run(() => Promise.reject(new Error('load failed')))).rejects.toThrow('load failed');
    await expect(guard.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('cancels the job under way until its printing starts, and only that job', async () => {
    const guard = createPrintGuard();
    expect(guard.cancel()).toBe(false);
    let drawn: (value: boolean) => void = () => undefined;
    const page = fakePage({ drawn: vi.fn(() => new Promise<boolean>((resolve) => (drawn = resolve))) });
    const cancelled = guard.run((control) => printHiddenPage(() => page, timings, control));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(guard.running()).toBe(true);
    expect(guard.cancel()).toBe(true);
    await expect(cancelled).resolves.toBeUndefined();
    expect(page.print).not.toHaveBeenCalled();
    expect(page.close).toHaveBeenCalledTimes(1);
    expect(guard.running()).toBe(false);
    drawn(true);

    let printed: (value: Uint8Array) => void = () => undefined;
    const next = fakePage({ print: vi.fn(() => new Promise<Uint8Array>((resolve) => (printed = resolve))) });
    const onPrinting = vi.fn();
    const printing = guard.run((control) =>
      printHiddenPage(() => next, timings, {
        ...control,
        onPrinting: () => {
          control.onPrinting();
          onPrinting();
        },
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(onPrinting).toHaveBeenCalledTimes(1);
    expect(guard.cancel()).toBe(false);
    printed(pdf);
    await expect(printing).resolves.toBe(pdf);
    expect(next.close).toHaveBeenCalledTimes(1);
  });
});
