import { test as base, expect, type Page } from '@playwright/test';
import { AppFrame } from './pages/AppFrame';
import { SettingsPage } from './pages/SettingsPage';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

interface Fixtures {
  app: AppFrame;
  settings: SettingsPage;
  cspViolations: undefined;
  fileChooserInterception: undefined;
}

/**
 * Every test gets a fresh browser context (so an empty database) and fails if the page reported any
 * Content-Security-Policy violation: the policy must hold while the app is really used. A test that
 * provokes a violation on purpose clears `window.__cspViolations` once it has checked it.
 */
export const test = base.extend<Fixtures>({
  cspViolations: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(undefined);
      const violations = await page.evaluate(() => window.__cspViolations ?? []);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  /*
   * Playwright asks the browser to intercept file choosers when a test first waits for one, without waiting
   * for the answer: a click sent right after can open the chooser before interception is on, and the
   * 'filechooser' event never comes. Listening from the start turns interception on before any click.
   */
  fileChooserInterception: [
    async ({ page }, use) => {
      const ignore = (): void => undefined;
      page.on('filechooser', ignore);
      await use(undefined);
      page.off('filechooser', ignore);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new AppFrame(page));
  },
  settings: async ({ page }, use) => {
    await use(new SettingsPage(page));
  },
});

export { expect };

/** Reads a store straight from IndexedDB, bypassing the app, to check what was really persisted. */
export const readStore = async <T>(page: Page, store: string): Promise<T[]> =>
  page.evaluate(
    (storeName) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('diligence-workbench');
        request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          read.onsuccess = () => {
            db.close();
            resolve(read.result as T[]);
          };
          read.onerror = () => reject(new Error(read.error?.message ?? 'read failed'));
        };
      }),
    store,
  );
