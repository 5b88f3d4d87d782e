import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORT_READY_EVENT, whenReportReadyScript } from '@shared/report/print-ready';

/** Enough of a page for the signal: events on the document and the body's data attributes. */
class FakeDocument extends EventTarget {
  body = { dataset: {} as Record<string, string> };
}

let page: FakeDocument;
beforeEach(() => {
  page = new FakeDocument();
  Object.assign(globalThis, { document: page });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'document');
});

// The script runs in the hidden window as Electron's executeJavaScript would: evaluated, its promise awaited.
const evaluate = (): Promise<unknown> => (0, eval)(whenReportReadyScript) as Promise<unknown>;
// What the print page does once drawn (BoardReportPrintPage).
const signal = (): void => {
  page.body.dataset.reportReady = 'true';
  page.dispatchEvent(new Event(REPORT_READY_EVENT));
};

describe('the print page’s ready signal', () => {
  it('is heard by a window already waiting when the report finishes drawing', async () => {
    let heard = false;
    const waiting = evaluate().then((value) => (heard = value === true));
    await Promise.resolve();
    expect(heard).toBe(false);
    signal();
    await waiting;
    expect(heard).toBe(true);
  });

  it('answers at once when the report was drawn before anyone asked', async () => {
    signal();
    await expect(evaluate()).resolves.toBe(true);
  });
});
