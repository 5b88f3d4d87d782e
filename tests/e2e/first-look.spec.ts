import type { Page, TestInfo } from '@playwright/test';
import { longLabelsWorkspace, longNames } from './files/long-labels-workspace';
import { writeWorkspaceFile } from './files/workspace-file';
import { expect, readStore, test } from './fixtures';
import { BackupSection } from './pages/BackupSection';
import { measureBadges } from './pages/BadgeFit';
import { navigationEdge } from './pages/NavigationEdge';
import { SbomSection } from './pages/SbomSection';

test.use({ viewport: { width: 1280, height: 800 } });

const workspace = longLabelsWorkspace();
const vendorId = workspace.vendors[0]!.id;
const dependencyId = workspace.dependencies[0]!.id;

interface Screen {
  name: string;
  path: string;
  /** A record shown once the screen's data is drawn (names are the same in every language). */
  shows: string;
  /** The tab to open, by its English and French names. */
  tab?: { en: string; fr: string };
  /** Badge words the English screen must show, so the check cannot pass on a screen without its badges. */
  words: string[];
}

const licences = 'Radio software subscription that renews by itself every year';
const ownChecklist = 'Operator supplier due-diligence questionnaire for radio access vendors';

const screens: Screen[] = [
  { name: 'Dashboard top five', path: '/', shows: longNames.topRisk, words: ['Critical', 'Medium', 'Low'] },
  { name: 'Vendors', path: '/vendors', shows: longNames.vendor, words: ['Critical', 'Unrated', 'Medium'] },
  { name: 'Dependencies', path: '/dependencies', shows: longNames.dependency, words: [] },
  {
    name: 'Licences register',
    path: '/licences',
    shows: licences,
    words: [
      'Missed',
      'On track',
      'No end date',
      'Due soon',
      'Expired',
      'Strong copyleft',
      'Network copyleft',
    ],
  },
  {
    name: 'Licences clause matrix',
    path: '/licences',
    tab: { en: 'Clause matrix', fr: 'Matrice des clauses' },
    shows: licences,
    words: ['Partial', 'Unknown', 'No', 'Yes'],
  },
  { name: 'Risks', path: '/risks', shows: longNames.topRisk, words: ['Critical', 'High', 'Medium', 'Low'] },
  { name: 'Treatment plan', path: '/risks/actions', shows: longNames.topRisk, words: ['Overdue'] },
  { name: 'Checklists', path: '/checklists', shows: ownChecklist, words: ['Built-in'] },
  {
    name: 'Assessments',
    path: '/checklists/assessments',
    shows: longNames.vendor,
    words: ['In review', 'Blocker', 'Warning', 'Overdue', 'Due soon'],
  },
  {
    name: 'Vendor page',
    path: `/vendors/${vendorId}`,
    shows: longNames.topRisk,
    words: ['Critical', 'Blocker', 'Missed', 'Network copyleft'],
  },
  {
    name: 'Dependency page',
    path: `/dependencies/${dependencyId}`,
    shows: longNames.topRisk,
    words: ['Critical', 'Missed', 'Network copyleft'],
  },
];

/** Opens each screen and checks that every badge on it shows its whole word. */
const checkEveryScreen = async (page: Page, language: 'en' | 'fr') => {
  for (const screen of screens) {
    await test.step(`${screen.name}: no badge is cut`, async () => {
      await page.goto(`./#${screen.path}`);
      if (screen.tab) await page.getByRole('tab', { name: screen.tab[language] }).click();
      await expect(page.getByRole('link', { name: screen.shows, exact: true }).first()).toBeVisible();
      const fit = await measureBadges(page.getByRole('main'));
      expect(fit.texts.length, `${screen.name}: badges shown`).toBeGreaterThan(0);
      if (language === 'en') expect(fit.texts).toEqual(expect.arrayContaining(screen.words));
      // Soft: one run lists every screen that cuts a badge, not only the first.
      expect.soft(fit.clipped, `${screen.name}: badges whose text is cut`).toEqual([]);
    });
  }
};

/** Restores the workspace of long names and long badge words, as a user restores a backup. */
const restoreLongLabels = async (page: Page, testInfo: TestInfo) => {
  const backup = new BackupSection(page);
  const path = testInfo.outputPath('long-labels.zip');
  await writeWorkspaceFile(path, workspace);
  await backup.open();
  await backup.chooseBackup(path);
  await backup.replace.click();
  await expect(page.getByText(/^Workspace restored from the backup of/)).toBeVisible();
  expect(await readStore(page, 'licences')).toHaveLength(workspace.licences.length);
  expect(await readStore(page, 'assessments')).toHaveLength(workspace.assessments.length);
};

test('at 1280 × 800, every badge of every list shows its whole word, in English and in French', async ({
  page,
  app,
  settings,
}, testInfo) => {
  test.slow();

  await test.step('a workspace with the longest word of every badge kind and long names is restored', () =>
    restoreLongLabels(page, testInfo));

  await test.step('in English', () => checkEveryScreen(page, 'en'));

  await test.step('in French, whose words are longer', async () => {
    await app.open('/settings');
    await settings.chooseLanguage('Language of the app', 'Français');
    await expect(app.heading).toHaveText('Paramètres');
    await checkEveryScreen(page, 'fr');
  });
});

test('the line beside the navigation runs down the whole of a long page', async ({ page }, testInfo) => {
  await test.step('a vendor page five windows long', async () => {
    await restoreLongLabels(page, testInfo);
    await page.goto(`./#/vendors/${vendorId}`);
    await expect(page.getByRole('link', { name: longNames.topRisk, exact: true })).toBeVisible();
  });

  await test.step('captured whole, the line is drawn from under the header to the foot of the page', async () => {
    const edge = await navigationEdge(page);
    expect(edge.pageHeight).toBeGreaterThan(3 * 800);
    expect(edge.gap).toBeNull();
  });
});

test('the SBOM file field is drawn like the app’s other controls and keeps the name of the file chosen', async ({
  page,
}, testInfo) => {
  const sbom = new SbomSection(page);

  await test.step('a dependency’s page offers a button to choose its SBOM', async () => {
    await restoreLongLabels(page, testInfo);
    await page.goto(`./#/dependencies/${dependencyId}`);
    await expect(sbom.section.getByText('Choose a file…')).toBeVisible();
    await expect(sbom.section.getByText('No file chosen')).toBeVisible();
  });

  await test.step('once a file is chosen, its name is shown beside the button', async () => {
    await sbom.choose(
      'radio-units.cdx.json',
      '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[]}',
    );
    await expect(sbom.section.getByText('radio-units.cdx.json', { exact: true })).toBeVisible();
  });
});
