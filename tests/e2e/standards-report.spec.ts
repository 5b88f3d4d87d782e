import type { DeclarationSet } from '@shared/domain/standards';
import { expect, readStore, test } from './fixtures';
import { ids, standardsWorkspace } from './files/standards-workspace';
import { writeWorkspaceFile } from './files/workspace-file';
import { BackupSection } from './pages/BackupSection';
import { DashboardPage } from './pages/DashboardPage';
import { FILE_READ_TIMEOUT } from './pages/file-reading';
import { ReportsPage } from './pages/ReportsPage';

const caveat = 'Declarations are made by the holders themselves and are not checked for essentiality';

test('the Dashboard and the board report rank several standards by uncovered share, and say when nothing is declared', async ({
  page,
}, testInfo) => {
  const backup = new BackupSection(page);
  const dashboard = new DashboardPage(page);
  const reports = new ReportsPage(page);

  const restore = async (name: string, records: ReturnType<typeof standardsWorkspace>) => {
    const path = testInfo.outputPath(name);
    await writeWorkspaceFile(path, records);
    await backup.open();
    await backup.chooseBackup(path);
    await backup.replace.click();
    await expect(backup.restored).toBeVisible({ timeout: FILE_READ_TIMEOUT });
  };

  await test.step('standards in use but no declarations: the card and the report say so', async () => {
    await restore('undeclared.zip', { ...standardsWorkspace(), declarationSets: [] });
    expect(await readStore<DeclarationSet>(page, 'declarationSets')).toEqual([]);
    await dashboard.open();
    await expect(dashboard.standardsExposure).toContainText('No declarations imported yet');
    await expect(
      dashboard.standardsExposure.getByRole('link', { name: 'Import declarations' }),
    ).toHaveAttribute('href', '#/standards/declarations');
    await reports.open();
    await expect(
      reports.preview.getByText('3 standards in use, but no declarations file is imported', { exact: false }),
    ).toBeVisible();
  });

  await test.step('with declarations: the card ranks the standards by uncovered share and counts holders by country', async () => {
    await restore('declared.zip', standardsWorkspace());
    const [stored] = await readStore<DeclarationSet>(page, 'declarationSets');
    expect(stored).toMatchObject({ id: ids.declarations, fileName: 'declarations-2026.csv' });
    await dashboard.open();
    await expect(dashboard.standardsExposure).toContainText(
      '3 standards in use · 150 declared patent families on them',
    );
    await expect(dashboard.topUncoveredStandards).toHaveText([
      'TS 36.331100% uncovered of 40 declared families',
      'TS 38.33160% uncovered of 100 declared families',
      'TS 23.5010% uncovered of 10 declared families',
    ]);
    await expect(dashboard.holderCountries).toHaveText([
      'China2 holders · 60% of declared families',
      'Finland1 holder · 33.3% of declared families',
      'Country unknown1 holder · 6.7% of declared families',
    ]);
    await dashboard.standardsExposure.getByRole('link', { name: 'TS 36.331' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Standard TS 36.331' })).toBeVisible();
  });

  await test.step('the report preview has the section: top standards, holders by country, the stack, the caveat', async () => {
    await reports.open();
    await expect(
      reports.preview.getByRole('heading', { name: 'Standards and patent exposure' }),
    ).toBeVisible();
    const top = reports.previewTable('Standards with the largest uncovered share');
    await expect(top.getByRole('row')).toHaveText([
      /Standard.*Uncovered share/,
      /^TS 36\.331.*6,250 \(Highly concentrated\)100%$/,
      /^TS 38\.331.*3,600 \(Highly concentrated\)60%$/,
      /^TS 23\.501.*0%$/,
    ]);
    await expect(top.getByRole('link', { name: 'TS 36.331' })).toHaveAttribute(
      'href',
      '#/standards/view/TS%2036.331',
    );
    await expect(reports.previewTable('Holders by country').getByRole('row').nth(1)).toHaveText(
      'China29060%',
    );
    const stack = reports.previewTable('Royalty stack of the main devices (estimate)');
    await expect(stack.getByRole('row', { name: /gNodeB/ })).toContainText('€10.00 + $2.50');
    await expect(reports.preview.getByText(caveat, { exact: false })).toBeVisible();
  });
});
