/** Said to a second PDF request while one is still being made (main-process messages are in English). */
export const PRINT_BUSY_MESSAGE = 'A PDF is already being made. Wait until it is saved, then try again.';

/** What a print job is given: the user's cancel, and the call that says it has reached the printing. */
export interface PrintControl {
  signal: AbortSignal;
  /** From here on the job cannot be cancelled: the PDF is being made. */
  onPrinting: () => void;
}

/**
 * One print job at a time. A second request is refused rather than queued: it comes from a second click
 * while the first PDF is being made, and a queued copy would only open a second save dialog for the same
 * report afterwards. Two hidden windows printing at once would also double the memory a long report takes.
 * The job under way can be cancelled until its printing starts.
 */
export const createPrintGuard = () => {
  let current: { controller: AbortController; printing: boolean } | undefined;
  const run = async <T>(job: (control: PrintControl) => Promise<T>): Promise<T> => {
    if (current) throw new Error(PRINT_BUSY_MESSAGE);
    const own = { controller: new AbortController(), printing: false };
    current = own;
    try {
      return await job({
        signal: own.controller.signal,
        onPrinting: () => {
          own.printing = true;
        },
      });
    } finally {
      current = undefined;
    }
  };
  /** Cancels the job under way; false when there is none or its printing has started. */
  const cancel = (): boolean => {
    if (!current || current.printing) return false;
    current.controller.abort();
    return true;
  };
  return { run, cancel, running: (): boolean => current !== undefined };
};

/** A page of the app in a window never shown, as far as printing it goes. */
export interface HiddenPrintPage {
  load: () => Promise<void>;
  /** Settles once the page signals that every chart is drawn (or rejects when the page goes away). */
  drawn: () => Promise<unknown>;
  print: () => Promise<Uint8Array>;
  /** Destroys the window; safe to call on a window already gone. */
  close: () => void;
}

export interface PrintTimings {
  loadTimeoutMs: number;
  drawTimeoutMs: number;
}

export const defaultPrintTimings: PrintTimings = {
  loadTimeoutMs: 60_000,
  drawTimeoutMs: 120_000,
};

/** `step`, or the failure when it has not settled within `ms`; the timer is cleared either way. */
const within = async (step: Promise<unknown>, ms: number, failure: string): Promise<void> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(failure)), ms);
  });
  try {
    await Promise.race([step, expired]);
  } finally {
    clearTimeout(timer);
  }
};

const whenAborted = (signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });

/**
 * Loads the hidden page, waits for its signal that it is drawn and prints it; undefined when the user
 * cancelled before the printing started. The window is closed whatever happens: a cancel, a load that fails
 * or never ends, a page that never finishes drawing, a renderer that crashes, a failed print.
 */
export const printHiddenPage = async (
  open: () => HiddenPrintPage,
  { loadTimeoutMs, drawTimeoutMs }: PrintTimings = defaultPrintTimings,
  control?: PrintControl,
): Promise<Uint8Array | undefined> => {
  const page = open();
  const cancelled = control ? whenAborted(control.signal) : new Promise<void>(() => undefined);
  const steps = [
    () => within(page.load(), loadTimeoutMs, 'the report page did not load within a minute'),
    () => within(page.drawn(), drawTimeoutMs, 'the report did not finish drawing within two minutes'),
  ];
  try {
    for (const step of steps) {
      await Promise.race([step(), cancelled]);
      if (control?.signal.aborted) return undefined;
    }
    control?.onPrinting();
    return await page.print();
  } finally {
    page.close();
  }
};
