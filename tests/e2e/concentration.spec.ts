import { expect, test } from './fixtures';
import { DashboardPage } from './pages/DashboardPage';
import { DependencyDeleteDialog } from './pages/DependencyDeleteDialog';
import { DependencyDetailPage } from './pages/DependencyDetailPage';
import { DependenciesPage } from './pages/DependenciesPage';
import { importCsv } from './pages/ImportPage';

const ran = 'Radio access network (RAN)';
const core = 'Core network';

/**
 * The records are written through the import screen, not the forms: the forms are driven field by field in
 * journey.spec.ts, vendors.spec.ts and dependencies.spec.ts already, and nine dependencies typed one by one
 * would spend the time budget on data entry rather than on the figures under test.
 *
 * Six vendors, not three: with three vendors a domain's HHI cannot go below 3,333 (three equal shares), so
 * the band boundary needs more. RAN: criticality 5 + 3 + 2 = 10, HHI 50² + 30² + 20² = 3,800 (high).
 * Core: 2 + 2 + 2 + 2 + 1 + 1 = 10, HHI 4 × 20² + 2 × 10² = 1,800 exactly: the top of the moderate band,
 * since only a value above 1,800 is highly concentrated.
 */
const vendorsCsv = ['name,hqCountry', 'Alpha,FI', 'Beta,SE', 'Gamma,DE', 'Delta,FR', 'Epsilon,NL', 'Zeta,IT'];
const dependenciesCsv = [
  'name,vendor,kind,domain,criticality,substitutability',
  'Alpha radio,Alpha,hardware,ran,5,hard',
  'Beta radio,Beta,hardware,ran,3,moderate',
  'Gamma radio,Gamma,hardware,ran,2,easy',
  'Alpha core,Alpha,software,core,2,hard',
  'Beta core,Beta,software,core,2,hard',
  'Gamma core,Gamma,software,core,2,hard',
  'Delta core,Delta,software,core,2,hard',
  'Epsilon core,Epsilon,software,core,1,easy',
  'Zeta core,Zeta,software,core,1,easy',
];

/** "1,800" → 1800, "62.5%" → 62.5: the figures as the English locale writes them. */
const figure = (text: string): number => Number(text.replace(/[,%]/g, ''));

test('the Dashboard shows each domain’s HHI and band, the shares add up, and a deletion updates it live', async ({
  page,
}) => {
  const dashboard = new DashboardPage(page);
  const concentration = dashboard.concentration;

  await test.step('import six vendors and nine dependencies in two domains', async () => {
    await importCsv(page, 'vendors', vendorsCsv);
    await importCsv(page, 'dependencies', dependenciesCsv);
  });

  await test.step('the Dashboard shows RAN highly and Core exactly 1,800, moderately concentrated', async () => {
    await dashboard.open();
    await expect(concentration.domainFigures(ran)).toHaveText([
      '3',
      'Alpha (50%)',
      '3,800',
      'Highly concentrated',
    ]);
    // Four vendors tie for the largest core share: which one is named depends on their random ids.
    await expect(concentration.domainFigures(core)).toHaveText([
      '6',
      /\(20%\)$/,
      '1,800',
      'Moderately concentrated',
    ]);
    await expect(concentration.chart).toHaveAccessibleName(
      'HHI per network domain: Radio access network (RAN) 3,800 (Highly concentrated); Core network 1,800 (Moderately concentrated).',
    );
  });

  await test.step('each domain opens onto vendor shares whose figures add up to the total', async () => {
    await concentration.openShares(ran);
    await expect(concentration.sharesToggle(ran)).toHaveAttribute('aria-expanded', 'true');
    await expect(concentration.shareRow(ran, 'Alpha').getByRole('cell')).toHaveText([
      'Alpha',
      '1',
      '5 of 10',
      '50%',
      '2,500',
    ]);
    await expect(concentration.shareRow(ran, 'Gamma').getByRole('cell')).toHaveText([
      'Gamma',
      '1',
      '2 of 10',
      '20%',
      '400',
    ]);
    await concentration.openShares(core);
    await expect(concentration.sharesTotal(core)).toHaveText(/^Total\s*6\s*10\s*100%\s*1,800$/);
    const rows = await concentration.vendorShareRows(core).all();
    const cells = await Promise.all(rows.map((row) => row.getByRole('cell').allInnerTexts()));
    const column = (index: number) => cells.reduce((sum, row) => sum + figure(row[index] ?? ''), 0);
    expect(cells).toHaveLength(6);
    expect(column(1), 'dependencies').toBe(6);
    expect(column(3), 'share %').toBeCloseTo(100);
    expect(column(4), 'HHI contributions').toBe(1800);
  });

  await test.step('deleting a core dependency in another window updates the open Dashboard', async () => {
    // The Dashboard stays open, untouched and not reloaded, while the deletion happens elsewhere.
    const other = await page.context().newPage();
    const list = new DependenciesPage(other);
    const detail = new DependencyDetailPage(other);
    await list.open();
    await list.openDependency('Epsilon core');
    await detail.delete.click();
    await new DependencyDeleteDialog(other, 'Epsilon core').confirm.click();
    await expect(list.row('Epsilon core')).toHaveCount(0);

    // Core: 2 + 2 + 2 + 2 + 1 = 9, HHI 10,000 × (4 × 2² + 1²) ÷ 9² = 2,099: over the line into high.
    await expect(concentration.domainFigures(core)).toHaveText([
      '5',
      /\(22.2%\)$/,
      '2,099',
      'Highly concentrated',
    ]);
    await expect(concentration.shareRow(core, 'Epsilon')).toHaveCount(0);
    await expect(concentration.sharesTotal(core)).toHaveText(/^Total\s*5\s*9\s*100%\s*2,099$/);
    await expect(concentration.chart).toHaveAccessibleName(/Core network 2,099 \(Highly concentrated\)\.$/);
    await expect(dashboard.dependencies).toHaveText(/^Dependencies\s*8$/);
    // Closed only now: the other window's change notice must not race its closing.
    await other.close();
  });
});
