import type { Page } from '@playwright/test';

/**
 * Writes records straight into stores of the app's database, as a workspace that already holds them: the
 * app has not seen them being written, so it reads them when a screen next opens.
 */
export const seedStores = (page: Page, stores: Record<string, unknown[]>): Promise<void> =>
  page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('diligence-workbench');
        request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(records), 'readwrite');
          for (const [store, rows] of Object.entries(records))
            for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(tx.error?.message ?? 'write failed'));
        };
      }),
    stores,
  );

/**
 * Keeps a read-write transaction on one store open from `page` (another tab of the app), so that any read
 * of that store waits, as a slow disk would make it; call the returned function to let the reads through.
 */
export const holdStore = async (page: Page, store: string): Promise<() => Promise<void>> => {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('diligence-workbench');
        request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(name, 'readwrite');
          const held = window as unknown as { __releaseStore?: () => void };
          let holding = true;
          held.__releaseStore = () => (holding = false);
          // A transaction stays open while it has requests: one more each time the last one ends.
          const keepBusy = () => {
            if (holding) tx.objectStore(name).count().onsuccess = keepBusy;
          };
          keepBusy();
          tx.oncomplete = () => db.close();
          resolve();
        };
      }),
    store,
  );
  return () => page.evaluate(() => (window as unknown as { __releaseStore: () => void }).__releaseStore());
};
