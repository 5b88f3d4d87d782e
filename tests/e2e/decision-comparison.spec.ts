import type { Page, TestInfo } from '@playwright/test';
import type { AuditEvent, Decision } from '../../shared/domain';
import { decisionIds, decisionWorkspace } from './files/decision-workspace';
import { writeWorkspaceFile } from './files/workspace-file';
import { expect, readStore, test } from './fixtures';
import { BackupSection } from './pages/BackupSection';
import { DecisionComparisonPage } from './pages/DecisionComparisonPage';

/*
 * The workspace of files/decision-workspace.ts, worked by hand. RAN today: Nordic 5 + 3 = 8, Iberian 2, of 10:
 * 80² + 20² = 6,800. Second source (half of RAN north to Iberian): 5.5 and 4.5 → 55² + 45² = 5,050. Exit the
 * small cells: Nordic alone → 100² = 10,000. RAN north is the only critical dependency (criticality 5), with a
 * critical vendor: 1 of 1 exposed; half of it dual-sourced counts 0.5. Months at stake, weighted by
 * criticality: (5 × 24 + 3 × 12 + 2 × 0) ÷ 10 = 15.6 today; half of RAN north's 24 months → 9.6.
 *
 * Scores (0 worst … 100 best of the three): cost 50,000 / 400,000 / −50,000 → 77.8, 0, 100; months 3 / 12 / 6
 * → 100, 0, 66.7; HHI 6,800 / 5,050 / 10,000 → 64.6, 100, 0; exposure 1 / 0.5 / 1 → 0, 100, 0; continuity
 * 15.6 / 9.6 / 15.6 → 0, 100, 0; licences all unknown → 100 each. Default weights 20/10/20/20/20/10:
 * second source 20 + 20 + 20 + 10 = 70, stay 15.6 + 10 + 12.9 + 10 = 48.5, exit 20 + 6.7 + 10 = 36.7.
 * Raising the time weight x (the others scaled to 100 − x): stay = 42.76 + 0.5724 x, second source = 77.78 −
 * 0.7778 x, equal at x = 25.9 — the smallest single change (cost would need 37.3). With time 30 and
 * continuity 0: stay 15.6 + 30 + 12.9 + 10 = 68.5, second source 20 + 20 + 10 = 50, exit 20 + 20 + 10 = 50.
 */
/** Restores the decision workspace as a user restores a backup. */
const restore = async (page: Page, testInfo: TestInfo, approved = false) => {
  const backup = new BackupSection(page);
  const path = testInfo.outputPath('decision.zip');
  await writeWorkspaceFile(path, decisionWorkspace({ approved }));
  await backup.open();
  await backup.chooseBackup(path);
  await backup.replace.click();
  // Replacing the workspace is one transaction: on a busy 2-core machine it can take longer than 10 s.
  await expect(backup.restored).toBeVisible({ timeout: 60_000 });
  expect(await readStore(page, 'decisions')).toHaveLength(1);
};

test('a decision’s options compared in detail: the rest of the what-if, a chart per criterion, the ranking and its sensitivity line, weights refused unless they make 100 %', async ({
  page,
}, testInfo) => {
  const comparison = new DecisionComparisonPage(page);

  await test.step('a workspace with a three-option decision on the RAN is restored', () =>
    restore(page, testInfo));

  await test.step('the what-if beside today: suppliers by level, months at stake, residual scores, costs, time', async () => {
    await comparison.open(decisionIds.decision);
    // The HHI and the exposure per option are read in the walk of decisions.spec.ts.
    const mix = comparison.whatIfCells(/^Suppliers involved, by sovereignty level/);
    await expect(mix.nth(0)).toHaveText('Critical 80% (1 supplier)Low 20% (1 supplier)');
    await expect(mix.nth(2)).toHaveText('Critical 55% (1 supplier)Low 45% (1 supplier)');
    await expect(mix.nth(3)).toHaveText('Critical 100% (1 supplier)');

    await expect(comparison.whatIfCells(/^Months of supply at stake/)).toHaveText([
      '15.6',
      '15.6',
      '9.6',
      '15.6',
    ]);
    const residual = comparison.whatIfCells('Single RAN vendor: residual score');
    await expect(residual.nth(0)).toHaveText('20 Critical (4 × 5)');
    await expect(residual.nth(2)).toHaveText('12 High (3 × 4)');
    const cost = comparison.whatIfCells('Cost over 5 years');
    await expect(cost.nth(3)).toContainText('-50,000');
    await expect(cost.nth(3)).toContainText('0 + 0 + -10,000 × 5');
    await expect(comparison.whatIfCells('Months to implement')).toHaveText(['0', '3', '12', '6']);
  });

  await test.step('a chart per criterion', async () => {
    for (const criterion of [
      'Cost',
      'Time',
      'Concentration',
      'Sovereignty exposure',
      'Continuity',
      'Licence burden',
    ])
      await expect(comparison.chart(criterion)).toBeVisible();
    await expect(comparison.chart('Concentration')).toHaveAccessibleName(
      'Concentration: Today 6,800; Stay and renegotiate 6,800; Second source for RAN north 5,050; Exit the small cells 10,000.',
    );
  });

  await test.step('the ranking and the sensitivity line under the default weights', async () => {
    const rows = comparison.rankingRows();
    await expect(rows.getByRole('rowheader')).toHaveText([
      'Second source for RAN north',
      'Stay and renegotiate',
      'Exit the small cells',
    ]);
    await expect(rows.nth(0).getByRole('cell').nth(1)).toHaveText('70');
    await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('48.5');
    await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('36.7');
    await expect(comparison.sensitivity).toHaveText(
      'The winner changes if the weight of Time rises by 15.9 points (from 10 % to 25.9 %, the other weights lowered in proportion): Stay and renegotiate would then come first.',
    );
  });

  await test.step('weights that make 105 % are refused on the field and not saved', async () => {
    await comparison.setWeights({ Cost: 25 });
    await expect(comparison.total).toHaveValue('105 %');
    await expect(page.getByText('The weights must add up to 100 %.')).toBeVisible();
    await expect(comparison.total).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The ranking below uses the saved weights')).toBeVisible();
    await expect(comparison.rankingRows().getByRole('rowheader').first()).toHaveText(
      'Second source for RAN north',
    );
    await comparison.save.click();
    await expect(page.getByText('The weights were not saved: correct the fields marked.')).toBeVisible();
    const [stored] = await readStore<Decision>(page, 'decisions');
    expect(stored?.weights.cost).toBe(20);
    const audit = await readStore<AuditEvent>(page, 'auditLog');
    expect(
      audit.filter((event) => event.recordId === decisionIds.decision && event.action === 'update'),
    ).toEqual([]);
  });
});

test('an approved decision’s weights are read-only; a decision not in the workspace says so', async ({
  page,
}, testInfo) => {
  const comparison = new DecisionComparisonPage(page);

  await test.step('a workspace whose decision is approved is restored', () => restore(page, testInfo, true));

  await test.step('the comparison shows the ranking but the weights cannot be changed or saved', async () => {
    await comparison.open(decisionIds.decision);
    await expect(comparison.rankingRows().getByRole('rowheader').first()).toHaveText(
      'Second source for RAN north',
    );
    await expect(page.getByText('This decision is approved: its weights are locked.')).toBeVisible();
    await expect(comparison.weight('Cost')).toBeDisabled();
    await expect(comparison.save).toHaveCount(0);
    const [stored] = await readStore<Decision>(page, 'decisions');
    expect(stored?.weights.cost).toBe(20);
  });

  await test.step('a link to a decision that is not there', async () => {
    await page.goto('./#/decisions/00000000-0000-4000-8000-000000000999/compare');
    await expect(page.getByRole('heading', { name: 'Decision not found', level: 1 })).toBeVisible();
  });
});
