import { defineConfig } from '@playwright/test';

/**
 * The desktop app itself, driven through Playwright's Electron support: tests/electron. It needs the
 * Electron binary, which CI does not download; there the test is skipped and says why.
 */
export default defineConfig({
  testDir: 'tests/electron',
  forbidOnly: true,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  timeout: 120_000,
  expect: { timeout: 20_000 },
  globalSetup: './tests/electron/build-desktop.ts',
});
