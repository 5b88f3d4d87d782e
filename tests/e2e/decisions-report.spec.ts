import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
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

interface StoredReport {
  kind: string;
}

/** The PDF's text as pdftotext (poppler-utils) extracts it, lines laid out as printed. */
const pdfText = (pdf: Buffer): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'decisions-report-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

// The arithmetic of the figures below is worked out in files/decisions-workspace.ts.
const recommendation = 'Not yet decided. The comparison ranks Stay with Alpha first (score 95).';
const sensitivity =
  'Sensitivity: raising the weight of Concentration (HHI) from 20 % to 60 % (the others in proportion) would put Second source from Gamma first.';

test('a decision restored from a backup is put before the board: questions, options compared, what-if chart, recommendation, in PDF and Word', async ({
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

  await test.step('the printed PDF holds the section, the chart drawn before printing', async () => {
    await reports.openPrintView();
    const text = pdfText(await page.pdf({ preferCSSPageSize: true }));
    expect(text).toContain('Decisions and options');
    expect(text).toContain('Questions before the board');
    expect(text).toMatch(/How do we reduce our dependence on Alpha in the\s+RAN\?/);
    expect(text).toContain('Concentration (HHI) today and after each option, by domain');
    expect(text).toMatch(/Not yet decided\. The comparison ranks Stay with Alpha first \(score 95\)\./);
    expect(text).toMatch(/Sensitivity: raising the weight of Concentration \(HHI\) from 20 % to 60 %/);
    await page.goBack();
  });

  await test.step('the Word file has the section, the chart as a table of HHIs, and is registered', async () => {
    const download = await reports.downloadWord();
    const bytes = readFileSync(await download.path());
    const document = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    const text = [...document.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1])
      .join('|');
    expect(text).toContain('Decisions and options');
    expect(text).toContain(ranQuestion);
    // The what-if chart's table: RAN today, then after each option.
    expect(text).toContain('Radio access network (RAN)|3,800|3,800|3,400|5,000');
    expect(text).toContain(recommendation);
    await expect
      .poll(async () => (await readStore<StoredReport>(page, 'reports')).map((report) => report.kind))
      .toEqual(['board-docx']);
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
