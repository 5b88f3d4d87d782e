/** Said to a second PDF request while one is still being made (main-process messages are in English). */
export const PRINT_BUSY_MESSAGE = 'A PDF is already being made. Wait until it is saved, then try again.';

/**
 * One print job at a time. A second request is refused rather than queued: it comes from a second click
 * while the first PDF is being made, and a queued copy would only open a second save dialog for the same
 * report afterwards. Two hidden windows printing at once would also double the memory a long report takes.
 */
export const createPrintGuard = () => {
  let running = false;
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (running) throw new Error(PRINT_BUSY_MESSAGE);
    running = true;
    try {
      return await job();
    } finally {
      running = false;
    }
  };
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

/**
 * Loads the hidden page, waits for its signal that it is drawn and prints it. The window is closed whatever happens: a load
 * that fails or never ends, a page that never finishes drawing, a renderer that crashes, a failed print.
 */
export const printHiddenPage = async (
  open: () => HiddenPrintPage,
  { loadTimeoutMs, drawTimeoutMs }: PrintTimings = defaultPrintTimings,
): Promise<Uint8Array> => {
  const page = open();
  try {
    await within(page.load(), loadTimeoutMs, 'the report page did not load within a minute');
    await within(page.drawn(), drawTimeoutMs, 'the report did not finish drawing within two minutes');
    return await page.print();
  } finally {
    page.close();
  }
};
