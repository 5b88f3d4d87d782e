import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, readStore, test } from './fixtures';
import { holdScript } from './pages/held-script';
import { importCsv } from './pages/ImportPage';
import { ReportsPage } from './pages/ReportsPage';
import { RiskForm } from './pages/RiskForm';

/**
 * RAN: criticality 5 + 3 + 2 = 10, so HHI = 50² + 30² + 20² = 3,800 (highly concentrated). The risk rated
 * 5 × 4 = 20 is the top risk.
 */
const vendorsCsv = ['name,hqCountry', 'Alpha,FI', 'Beta,SE', 'Gamma,DE'];
const dependenciesCsv = [
  'name,vendor,kind,domain,criticality,substitutability',
  'Alpha radio,Alpha,hardware,ran,5,hard',
  'Beta radio,Beta,hardware,ran,3,moderate',
  'Gamma radio,Gamma,hardware,ran,2,easy',
];
const topRisk = 'Single radio vendor for the northern region';

interface StoredReport {
  kind: string;
  fileName: string;
  sha256: string;
  generatedBy: string;
}

/** The PDF's text as pdftotext (poppler-utils) extracts it: the whole document, or one page. */
const pdfText = (pdf: Buffer, page?: number): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.pdf');
  writeFileSync(file, pdf);
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...pages, file, '-'], { encoding: 'utf8' });
};

test('the board report prints with the organisation, its marking, the top risk and the HHI, and exports to Word', async ({
  page,
  app,
  settings,
}) => {
  const reports = new ReportsPage(page);

  await test.step('a small workspace: the organisation, three vendors, three RAN dependencies, a risk', async () => {
    await app.open('/settings');
    await settings.userName.fill('Ines Moreau');
    await settings.organisationName.fill('Atlantic Telecom');
    await settings.saveAndConfirm();
    await importCsv(page, 'vendors', vendorsCsv);
    await importCsv(page, 'dependencies', dependenciesCsv);
    const form = new RiskForm(page);
    await page.goto('./#/risks/new');
    await form.title.fill(topRisk);
    await form.choose(form.category, 'Concentration');
    await form.choose(form.likelihood, /^5/);
    await form.choose(form.impact, /^4/);
    await form.saveAndConfirm(topRisk);
  });

  await test.step('the options are set and the preview follows them, figures linked to their screens', async () => {
    await reports.open();
    await reports.title.fill('Q4 supply-chain report');
    await reports.choose(reports.classification, 'SECRET');
    await reports.preparedBy.fill('Office of the CISO');
    await expect(reports.preview.getByRole('heading', { name: 'Q4 supply-chain report' })).toBeVisible();
    await expect(reports.preview.getByRole('link', { name: topRisk }).first()).toHaveAttribute(
      'href',
      /#\/risks\/[0-9a-f-]{36}$/,
    );
    await expect(
      reports.preview.getByRole('table', { name: 'Concentration by network domain' }),
    ).toContainText('3,800');
  });

  await test.step('the printed PDF holds the organisation, the marking, the top risk and the HHI', async () => {
    await reports.openPrintView();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const text = pdfText(pdf);
    expect(text).toContain('Atlantic Telecom');
    expect(text).toContain('SECRET');
    expect(text).toContain('Q4 supply-chain report');
    expect(text).toContain(topRisk);
    // The table's cells wrap on paper: the domain's row starts with its name, its HHI and its band.
    expect(text).toMatch(/Radio access network\s+3,800\s+Highly/);
    expect(text).not.toContain('saved.');
    expect(text).toMatch(/Page 2 of \d+/);

    await test.step('the page after the cover is the executive summary, whole', () => {
      const summary = pdfText(pdf, 2);
      expect(summary).toContain('Executive summary');
      // The key figures come first (their cells wrap on paper): the most concentrated domain's HHI among them.
      expect(summary).toMatch(/Most concentrated[\s\S]*3,800[\s\S]*Verdicts/);
      // Verdicts tagged by severity: the RAN's concentration and the critical risk are high.
      expect(summary).toMatch(/HIGH\s+The Radio access network \(RAN\) domain is highly concentrated/);
      expect(summary).toMatch(/Inherent risk\s+Residual risk/);
      expect(summary).toContain('Top five risks by residual score');
      expect(summary).toContain(topRisk);
      // Named once: the heading, not a caption repeating it.
      expect(summary.match(/Top five risks by residual score/g)).toHaveLength(1);
      expect(pdfText(pdf, 3)).toContain('Risk heatmaps');
    });
    await page.goBack();
  });

  await test.step('in the web build, Export PDF prints the report page, then comes back', async () => {
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = document.querySelector('article')?.getAttribute('aria-label') ?? '';
      };
    });
    await reports.exportPdf.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
    expect(await page.evaluate(() => document.body.dataset.printed)).toBe('Q4 supply-chain report');
  });

  await test.step('the PDF export shows its stages; cancelled while its charts are drawn, it prints nothing', async () => {
    await page.addInitScript(() => {
      window.print = () => {
        document.body.dataset.printed = 'true';
      };
    });
    // A fresh page with the charts library held back: the export waits on its charts until cancelled.
    const release = await holdScript(page, '**/echarts-runtime-*.js');
    await page.reload();
    await reports.exportPdf.click();
    await expect(reports.exportStage).toHaveText(/^Step 2 of 3: drawing the charts, 0 of [1-9]\d*…/);
    await reports.cancelExport.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
    await release();
    await expect(reports.preview.getByRole('heading', { name: 'Q4 supply-chain report' })).toBeVisible();
    expect(await page.evaluate(() => document.body.dataset.printed)).toBeUndefined();
  });

  await test.step('the Word file has the same content and is registered with its SHA-256', async () => {
    const download = await reports.downloadWord();
    expect(download.suggestedFilename()).toMatch(/^Q4 supply-chain report \d{4}-\d{2}-\d{2}\.docx$/);
    const bytes = readFileSync(await download.path());
    const document = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
    expect(document).toContain(topRisk);
    expect(document).toContain('3,800');
    const header = await (await JSZip.loadAsync(bytes)).file('word/header1.xml')?.async('string');
    expect(header).toContain('SECRET');
    await expect(reports.exported.getByRole('row', { name: /Q4 supply-chain report/ })).toBeVisible();
    const [record] = await readStore<StoredReport>(page, 'reports');
    expect(record).toMatchObject({
      kind: 'board-docx',
      generatedBy: 'Ines Moreau',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });

    await test.step('a copy checks as unaltered; an altered one does not', async () => {
      await reports.check('copy.docx', bytes);
      await expect(reports.exported.getByRole('status')).toContainText(
        'Unaltered copy of “Q4 supply-chain report”',
      );
      await reports.check('altered.docx', Buffer.concat([bytes, Buffer.from(' ')]));
      await expect(reports.exported.getByRole('status')).toContainText('matches no exported report');
    });
  });

  await test.step('in French, the same report words its sections in French', async () => {
    await reports.choose(reports.language, 'Français');
    await expect(reports.preview.getByRole('heading', { name: 'Synthèse' })).toBeVisible();
    await expect(reports.preview).toContainText('Registre des risques');
  });
});
