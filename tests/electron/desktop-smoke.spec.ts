import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary, NO_BINARY_REASON } from './electron-binary';

const binary = electronBinary();
test.skip(!binary, NO_BINARY_REASON);

let app: ElectronApplication;
let page: Page;
let profile: string;

test.beforeAll(async () => {
  profile = mkdtempSync(path.join(tmpdir(), 'workbench-smoke-'));
  app = await electron.launch({
    executablePath: binary,
    args: [path.resolve('out/main/main.js')],
    // A profile of its own, so the smoke test never touches the developer's workspace.
    env: { ...process.env, WORKBENCH_TEST_PROFILE: profile, ELECTRON_RENDERER_URL: '' },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('the desktop app serves itself on app://, refuses to navigate away and prints the report hidden, with its stages and a cancel', async () => {
  await test.step('the window shows the app from app://workbench', async () => {
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(await page.evaluate(() => location.origin)).toBe('app://workbench');
  });

  await test.step('a navigation to another site is refused: the window stays on the app', async () => {
    const navigated: string[] = [];
    page.on('framenavigated', (frame) => navigated.push(frame.url()));
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(await page.evaluate(() => location.origin)).toBe('app://workbench');
    expect(navigated.filter((url) => !url.startsWith('app://'))).toEqual([]);
  });

  await test.step('the board report prints to a PDF from a hidden window', async () => {
    const header = await page.evaluate(async () => {
      const result = await window.workbench?.printToPdf({ page: '/reports/board/print' });
      if (!result?.ok) return result?.error;
      return result.value.kind === 'pdf'
        ? new TextDecoder().decode(result.value.data.subarray(0, 5))
        : result.value.kind;
    });
    expect(header).toBe('%PDF-');
    expect(app.windows()).toHaveLength(1);
  });

  await test.step('the window hears the stages of a PDF export, which a cancel stops before printing', async () => {
    const outcome = await page.evaluate(async () => {
      const bridge = window.workbench;
      if (!bridge) return undefined;
      const stages: string[] = [];
      const stop = bridge.onPrintStage((stage) => stages.push(stage.step));
      const printing = bridge.printToPdf({ page: '/reports/board/print' });
      // Cancelled at the first stage the hidden page reports: it is drawing, not yet printing.
      await new Promise<void>((resolve) => {
        const waitForStage = bridge.onPrintStage(() => {
          waitForStage();
          resolve();
        });
      });
      const cancelled = await bridge.cancelPrint();
      const result = await printing;
      stop();
      return { cancelled: cancelled.ok && cancelled.value, kind: result.ok && result.value.kind, stages };
    });
    expect(outcome).toMatchObject({ cancelled: true, kind: 'cancelled' });
    expect(outcome?.stages[0]).toBe('building');
    expect(outcome?.stages).not.toContain('printing');
    await expect.poll(() => app.windows().length).toBe(1);
  });
});
