import type { Page } from '@playwright/test';

/**
 * Holds back the scripts of the app matching `glob` (the file worker, the charts library), so the task
 * waiting for them stays under way until the test has seen it and cancelled it; call the returned function
 * to let them load again.
 */
export const holdScript = async (page: Page, glob: string): Promise<() => Promise<void>> => {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(glob, async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  return async () => {
    release();
    await page.unrouteAll({ behavior: 'wait' });
  };
};
