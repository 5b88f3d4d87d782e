import type { Page } from '@playwright/test';

/** Runs in the page: resolves with ms from `start()` until `done()` holds, checked on every DOM change. */
export const timeUntil = (page: Page, startScript: string, doneScript: string): Promise<number> =>
  page.evaluate(
    ({ startScript, doneScript }) =>
      new Promise<number>((resolve, reject) => {
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- bench-only; the page runs without CSP here
        const start = new Function(startScript) as () => void;
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const done = new Function(`return (${doneScript});`) as () => boolean;
        const t0 = performance.now();
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - t0);
        };
        const observer = new MutationObserver(() => {
          if (done()) finish();
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`Timed out waiting for: ${doneScript}`));
        }, 120_000);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        start();
        if (done()) finish();
      }),
    { startScript, doneScript },
  );

/** Types into the list's search box as React sees a keystroke, and waits until the table shows the result. */
export const timeKeystroke = (page: Page, table: string, value: string): Promise<number> =>
  timeUntil(
    page,
    `const input = document.querySelector('[role=search] input[type=search]');
     window.__rowsBefore = document.querySelector('table[aria-label="${table}"]').getAttribute('aria-rowcount');
     Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(value)});
     input.dispatchEvent(new Event('input', { bubbles: true }));`,
    `document.querySelector('table[aria-label="${table}"]').getAttribute('aria-rowcount') !== window.__rowsBefore`,
  );

/** Scrolls a scroller down frame by frame and returns each frame's duration in ms. */
export const scrollFrames = (page: Page, selector: string, frames: number, step: number): Promise<number[]> =>
  page.evaluate(
    async ({ selector, frames, step }) => {
      const scroller = document.querySelector(selector);
      if (!scroller) throw new Error(`No element matches ${selector}`);
      const durations: number[] = [];
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      for (let frame = 0; frame < frames; frame += 1) {
        scroller.scrollTop += step;
        const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        durations.push(now - last);
        last = now;
      }
      return durations;
    },
    { selector, frames, step },
  );

interface DexieTable {
  bulkPut: (records: unknown[]) => Promise<unknown>;
  bulkAdd: (records: unknown[]) => Promise<unknown>;
  clear: () => Promise<void>;
  bulkDelete: (keys: string[]) => Promise<void>;
}
interface DexieDatabase {
  open: () => Promise<unknown>;
  close: () => void;
  transaction: (mode: 'rw', tables: string[], scope: () => Promise<void>) => Promise<void>;
  table: (name: string) => DexieTable;
}
/** Dexie's UMD build, injected into the page by the bench (window.Dexie). */
type DexieWindow = Window & { Dexie: new (name: string) => DexieDatabase };

/** Puts rows into stores of the app's database with Dexie's own bulkPut, in one transaction; returns ms. */
export const dexieBulkPut = (page: Page, rows: Record<string, unknown[]>): Promise<number> =>
  page.evaluate(async (tables) => {
    const db = new (window as unknown as DexieWindow).Dexie('diligence-workbench');
    await db.open();
    const t0 = performance.now();
    await db.transaction('rw', Object.keys(tables), async () => {
      for (const [table, records] of Object.entries(tables)) await db.table(table).bulkPut(records);
    });
    const elapsed = performance.now() - t0;
    db.close();
    return elapsed;
  }, rows);

/**
 * Puts rows into a fresh database of one store (`bench`) declared with `indexes`, in one transaction with
 * strict durability as the app writes; returns the ms of the write alone. The database is deleted after.
 */
export const dexieWriteToFreshStore = (page: Page, indexes: string, rows: unknown[]): Promise<number> =>
  page.evaluate(
    async ({ indexes, rows }) => {
      type Fresh = DexieDatabase & {
        version: (version: number) => { stores: (schema: Record<string, string>) => void };
        delete: () => Promise<void>;
      };
      const Dexie = (window as unknown as { Dexie: new (name: string, options: object) => Fresh }).Dexie;
      const db = new Dexie(`bench-index-cost-${crypto.randomUUID()}`, {
        chromeTransactionDurability: 'strict',
      });
      db.version(1).stores({ bench: indexes });
      await db.open();
      const t0 = performance.now();
      await db.transaction('rw', ['bench'], async () => {
        await db.table('bench').bulkPut(rows);
      });
      const elapsed = performance.now() - t0;
      await db.delete();
      return elapsed;
    },
    { indexes, rows },
  );

/** Hands records to the page in slices (one message of 50,000 dependencies is too large), untimed: `window.__rows`. */
export const stageRows = async (page: Page, tables: Record<string, readonly unknown[]>): Promise<void> => {
  await page.evaluate(() => ((window as unknown as { __rows: object }).__rows = {}));
  for (const [table, rows] of Object.entries(tables)) {
    for (let start = 0; start < rows.length; start += 10_000) {
      await page.evaluate(
        ({ table, slice }) => {
          const staged = (window as unknown as { __rows: Record<string, unknown[]> }).__rows;
          staged[table] = [...(staged[table] ?? []), ...slice];
        },
        { table, slice: rows.slice(start, start + 10_000) },
      );
    }
  }
};

/** How a bare write of the staged rows is made: the defaults are Dexie's (its durability, one bulkPut a table). */
export interface BareWriteOptions {
  /** Each table cleared first, as a restore does. */
  clearFirst?: boolean;
  /** Strict durability, as the app opens its database. */
  strict?: boolean;
  /** Rows per bulkAdd, as a restore writes them (one bulkPut of the whole table otherwise). */
  step?: number;
}

/** Bare IndexedDB (Dexie, no validation, no audit): the staged rows written into the app's database in one transaction; ms. */
export const bareWrite = (page: Page, options: BareWriteOptions = {}): Promise<number> =>
  page.evaluate(async ({ clearFirst, strict, step }) => {
    const { Dexie, __rows: rows } = window as unknown as {
      Dexie: new (
        name: string,
        options: object,
      ) => DexieDatabase & {
        table: (name: string) => DexieTable & {
          clear: () => Promise<void>;
          bulkAdd: (rows: unknown[]) => Promise<unknown>;
        };
      };
      __rows: Record<string, unknown[]>;
    };
    const db = new Dexie('diligence-workbench', strict ? { chromeTransactionDurability: 'strict' } : {});
    await db.open();
    const t0 = performance.now();
    await db.transaction('rw', Object.keys(rows), async () => {
      for (const [table, records] of Object.entries(rows)) {
        if (clearFirst) await db.table(table).clear();
        if (step === undefined) await db.table(table).bulkPut(records);
        else
          for (let start = 0; start < records.length; start += step)
            await db.table(table).bulkAdd(records.slice(start, start + step));
      }
    });
    const elapsed = performance.now() - t0;
    db.close();
    return elapsed;
  }, options);

/** Deletes rows by id from a store of the app's database with Dexie. */
export const dexieBulkDelete = (page: Page, table: string, ids: string[]): Promise<void> =>
  page.evaluate(
    async ({ table, ids }) => {
      const db = new (window as unknown as DexieWindow).Dexie('diligence-workbench');
      await db.open();
      await db.table(table).bulkDelete(ids);
      db.close();
    },
    { table, ids },
  );

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
