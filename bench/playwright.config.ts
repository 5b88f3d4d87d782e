import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// A build and a port of its own, so the bench can run while an end-to-end run rebuilds and serves.
// BENCH_PORT lets two checkouts measure side by side.
const port = Number(process.env.BENCH_PORT ?? 4329);

/**
 * `npm run bench`: the performance figures of the README, measured in the same Chromium and production
 * build the end-to-end tests use. One worker, so the measurements do not compete for the two cores.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  timeout: 15 * 60_000,
  expect: { timeout: 120_000 },
  // The seeding and the bare-Dexie baseline inject Dexie's UMD build as an inline script.
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}/`, bypassCSP: true },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port} --strictPort --outDir ../out/bench`,
    url: `http://127.0.0.1:${port}/`,
    cwd: process.cwd(),
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
