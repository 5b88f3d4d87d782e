import { decisionsWorkspace, ranQuestion } from './files/decisions-workspace';
import { writeWorkspaceFile } from './files/workspace-file';
import { expect, readStore, test } from './fixtures';
import { BackupSection } from './pages/BackupSection';
import { ReportsPage } from './pages/ReportsPage';

interface StoredDecision {
  question: string;
  status: string;
  options: unknown[];
}

// The arithmetic of the figures below is worked out in files/decisions-workspace.ts. The section in the PDF
// and the Word file is read in the walk of decisions.spec.ts.
const recommendation = 'Not yet decided. The comparison ranks Stay with Alpha first (score 95).';
const sensitivity =
  'Sensitivity: raising the weight of Concentration (HHI) from 20 % to 60 % (the others in proportion) would put Second source from Gamma first.';

test('a decision restored from a backup is put before the board: questions, options compared, what-if chart, recommendation, sensitivity, in English and French', async ({
  page,
}, testInfo) => {
  const reports = new ReportsPage(page);

  await test.step('a workspace with an open RAN question and three options is restored', async () => {
    const backup = new BackupSection(page);
    const path = testInfo.outputPath('decisions.zip');
    await writeWorkspaceFile(path, decisionsWorkspace());
    await backup.open();
    await backup.chooseBackup(path);
    await backup.replace.click();
    await expect(backup.restored).toBeVisible();
    const [stored] = await readStore<StoredDecision>(page, 'decisions');
    expect(stored).toMatchObject({ question: ranQuestion, status: 'draft' });
    expect(stored?.options).toHaveLength(3);
  });

  await test.step('the preview has the section: the question, the options ranked with their figures', async () => {
    await reports.open();
    const section = reports.preview;
    await expect(section.getByRole('heading', { name: 'Decisions and options' })).toBeVisible();
    await expect(
      section
        .getByRole('table', { name: 'Questions before the board' })
        .getByRole('row', { name: /How do we reduce/ }),
    ).toHaveText(
      /How do we reduce our dependence on Alpha in the RAN\?\s*Head of radio\s*Dec 31, 2099\s*Open \(draft\)\s*Stay with Alpha/,
    );
    await expect(section.getByRole('heading', { name: ranQuestion })).toBeVisible();
    const rows = section.getByRole('table', { name: 'Options compared' }).getByRole('row');
    await expect(rows.nth(1)).toHaveText(
      /^1\s*Stay with Alpha \(stay and renegotiate\)\s*20,000\s*2\s*3,800\s*0\s*0\s*Unknown\s*95$/,
    );
    await expect(rows.nth(2)).toHaveText(
      /^2\s*Second source from Gamma \(dual-source\)\s*150,000\s*12\s*3,400\s*0\s*0\s*Unknown\s*70$/,
    );
    await expect(rows.nth(3)).toHaveText(
      /^3\s*Replace Beta by Gamma \(replace the vendor\)\s*90,000\s*9\s*5,000\s*0\s*0\s*Unknown\s*62\.2$/,
    );
    await expect(
      section.getByRole('img', { name: 'Concentration (HHI) today and after each option, by domain' }),
    ).toBeVisible();
    await expect(section.getByText(recommendation)).toBeVisible();
    await expect(section.getByText(sensitivity)).toBeVisible();
  });

  await test.step('in French, the section speaks French', async () => {
    await reports.choose(reports.language, 'Français');
    await expect(reports.preview.getByRole('heading', { name: 'Décisions et options' })).toBeVisible();
    await expect(
      reports.preview.getByText(
        'Pas encore décidé. La comparaison classe Stay with Alpha en tête (score 95).',
      ),
    ).toBeVisible();
  });
});
