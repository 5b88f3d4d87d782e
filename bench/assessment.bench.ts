import { createRequire } from 'node:module';
import { test, type Page } from '@playwright/test';
import { dexieBulkPut, median, percentile, timeUntil } from './in-page';
import { printFigures, record } from './report';
import { syntheticAssessment, syntheticWorkspace } from './synthetic-workspace';

const require = createRequire(import.meta.url);
const dexieScript = require.resolve('dexie/dist/dexie.js');
const vendor = syntheticWorkspace(1, 0, 3).vendors[0];
if (!vendor) throw new Error('The synthetic workspace has no vendor.');
const { checklist, assessment } = syntheticAssessment(vendor, 20, 20);
const assessmentHash = `#/checklists/assessments/${assessment.id}`;
const openRuns = 10;
const answerRuns = 24;

/** The value beside a fact's label in the Progress panel's data list (dt → dd). */
const factValue = (label: string): string =>
  `[...document.querySelectorAll('dt')].find((dt) => dt.textContent === '${label}')?.nextElementSibling`;

/** What an assessor needs to start work: the first item's radios, and the completion figure. */
const assessmentReady = `!!document.querySelector('[role=group][aria-labelledby^="item-"] input[type=radio]') && /\\d/.test(${factValue('Completion')}?.textContent ?? '')`;

/** Moving to the assessment inside the running app, from another screen, with its code already loaded. */
const timeOpenWarm = async (page: Page): Promise<number[]> => {
  await page.goto(`/${assessmentHash}`);
  await page.waitForFunction(assessmentReady);
  const times: number[] = [];
  for (let run = 0; run < openRuns; run += 1) {
    await page.evaluate(() => (location.hash = '#/settings'));
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    times.push(await timeUntil(page, `location.hash = '${assessmentHash}'`, assessmentReady));
  }
  return times;
};

/** Opening the app straight on the assessment: measured from navigation start. */
const timeOpenCold = async (page: Page): Promise<number[]> => {
  const times: number[] = [];
  for (let run = 0; run < openRuns / 2; run += 1) {
    await page.goto(`/${assessmentHash}`);
    await page.reload();
    await page.waitForFunction(
      `(${assessmentReady}) && ((window.__readyAt = performance.now()), true)`,
      null,
      {
        polling: 'raf',
        timeout: 120_000,
      },
    );
    times.push(await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt));
  }
  return times;
};

interface AnswerTiming {
  itemId: string;
  completion: number;
  score: number;
}

/**
 * In the page: clicks the first option of the first unanswered yes-no or maturity item on screen and
 * resolves with ms from the click until the Completion and the Score values' text changed (every click
 * adds an answered item and, as the first option is never n.a., scored weight). Null when no unanswered
 * item is on screen.
 */
const answerOnScreenItem = (page: Page): Promise<AnswerTiming | null> =>
  page.evaluate(
    ({ completionScript, scoreScript }) =>
      new Promise<AnswerTiming | null>((resolve, reject) => {
        const group = [...document.querySelectorAll('[role=group][aria-labelledby^="item-"]')].find(
          (candidate) => {
            const radios = [...candidate.querySelectorAll<HTMLInputElement>('input[type=radio]')];
            return radios.length > 0 && radios.every((radio) => !radio.checked);
          },
        );
        const radio = group?.querySelector<HTMLInputElement>('input[type=radio]');
        if (!group || !radio) {
          resolve(null);
          return;
        }
        const element = (script: string): Element =>
          // eslint-disable-next-line @typescript-eslint/no-implied-eval -- bench-only; the page runs without CSP here
          (new Function(`return ${script};`) as () => Element)();
        const completion = element(completionScript);
        const score = element(scoreScript);
        const before = { completion: completion.textContent, score: score.textContent };
        const changed: { completion?: number; score?: number } = {};
        const check = () => {
          const now = performance.now() - t0;
          if (changed.completion === undefined && completion.textContent !== before.completion)
            changed.completion = now;
          if (changed.score === undefined && score.textContent !== before.score) changed.score = now;
          if (changed.completion === undefined || changed.score === undefined) return;
          observer.disconnect();
          clearTimeout(timer);
          const itemId = (group.getAttribute('aria-labelledby') ?? '').replace(/^item-/, '');
          resolve({ itemId, completion: changed.completion, score: changed.score });
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error('Completion or score did not change after an answer.'));
        }, 10_000);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const t0 = performance.now();
        radio.click();
        check();
      }),
    { completionScript: factValue('Completion'), scoreScript: factValue('Score') },
  );

/** Waits until the answer is stored and the page has re-rendered from the database, so answers do not overlap. */
const waitUntilStored = (page: Page, itemId: string): Promise<void> =>
  page.evaluate(
    async ({ assessmentId, itemId }) => {
      type Stored = { answers: Record<string, unknown> } | undefined;
      const db = new (
        window as unknown as {
          Dexie: new (name: string) => {
            open: () => Promise<unknown>;
            close: () => void;
            table: (name: string) => { get: (id: string) => Promise<Stored> };
          };
        }
      ).Dexie('diligence-workbench');
      await db.open();
      while (!(await db.table('assessments').get(assessmentId))?.answers[itemId])
        await new Promise(requestAnimationFrame);
      db.close();
      for (let idle = 0; idle < 2; idle += 1) await new Promise((resolve) => requestIdleCallback(resolve));
    },
    { assessmentId: assessment.id, itemId },
  );

/** Answers items one after another, scrolling down when no unanswered item is left on screen. */
const timeAnswers = async (page: Page): Promise<AnswerTiming[]> => {
  const timings: AnswerTiming[] = [];
  while (timings.length < answerRuns) {
    const timing = await answerOnScreenItem(page);
    if (timing) {
      timings.push(timing);
      await waitUntilStored(page, timing.itemId);
      continue;
    }
    const scrolled = await page.evaluate(async () => {
      const top = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      return window.scrollY > top;
    });
    if (!scrolled) throw new Error('Reached the end of the checklist before enough answers.');
  }
  return timings;
};

test.afterAll(() => printFigures());

test('assessment of a 400-item checklist: opening it and answering items', async ({ page }) => {
  const items = checklist.sections.reduce((count, section) => count + section.items.length, 0);
  const answered = Object.keys(assessment.answers).length;

  await test.step(`seed a vendor, a ${items}-item checklist and an assessment with ${answered} answers`, async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.addScriptTag({ path: dexieScript });
    await dexieBulkPut(page, { vendors: [vendor], checklists: [checklist], assessments: [assessment] });
  });

  await test.step('open the assessment', async () => {
    const warm = await timeOpenWarm(page);
    record({
      measure: `Assessment of ${items} items: open from another screen (median of ${warm.length})`,
      value: median(warm),
      unit: 'ms',
      target: 500,
    });
    record({
      measure: `Assessment of ${items} items: open from another screen (95th percentile)`,
      value: percentile(warm, 95),
      unit: 'ms',
      target: 500,
    });
    const cold = await timeOpenCold(page);
    record({
      measure: `Assessment of ${items} items: app opened on it, from navigation start (median of ${cold.length})`,
      value: median(cold),
      unit: 'ms',
    });
    record({
      measure: `Assessment of ${items} items: app opened on it, from navigation start (95th percentile)`,
      value: percentile(cold, 95),
      unit: 'ms',
    });
  });

  await test.step('answer items', async () => {
    await page.goto(`/${assessmentHash}`);
    await page.waitForFunction(assessmentReady);
    await page.addScriptTag({ path: dexieScript });
    const timings = await timeAnswers(page);
    for (const [figure, name] of [
      ['completion', 'Completion'],
      ['score', 'Score'],
    ] as const) {
      const values = timings.map((timing) => timing[figure]);
      record({
        measure: `Answer an item: click to updated ${name} (median of ${values.length})`,
        value: median(values),
        unit: 'ms',
        target: 16,
      });
      record({
        measure: `Answer an item: click to updated ${name} (95th percentile)`,
        value: percentile(values, 95),
        unit: 'ms',
        target: 16,
      });
    }
  });
});
