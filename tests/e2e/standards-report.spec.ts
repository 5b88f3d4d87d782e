import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { DeclarationSet } from '@shared/domain/standards';
import { expect, readStore, test } from './fixtures';
import { ids, standardsWorkspace } from './files/standards-workspace';
import { writeWorkspaceFile } from './files/workspace-file';
import { BackupSection } from './pages/BackupSection';
import { DashboardPage } from './pages/DashboardPage';
import { FILE_READ_TIMEOUT } from './pages/file-reading';
import { ReportsPage } from './pages/ReportsPage';

/** The PDF's text as pdftotext (poppler-utils) extracts it. */
const pdfText = (pdf: Buffer): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'standards-report-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

const wordText = async (bytes: Buffer): Promise<string> => {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ');
};

const caveat = 'Declarations are made by the holders themselves and are not checked for essentiality';

test('the Dashboard and the board report show standards and patent exposure, in print, Word and French', async ({
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

  await test.step('the printed PDF holds the section, with its chart drawn', async () => {
    await reports.openPrintView();
    const text = pdfText(await page.pdf({ preferCSSPageSize: true }));
    expect(text).toContain('Standards and patent exposure');
    expect(text).toMatch(/TS 36\.331\s+2\s+40\s+2\s+6,250 \(Highly/);
    expect(text).toContain('Share of declared families by holder country');
    expect(text).toMatch(/gNodeB[\s\S]*€10\.00 \+ \$2\.50/);
    expect(text.replace(/\s+/g, ' ')).toContain(caveat);
    await page.goBack();
  });

  await test.step('the Word file holds the section too, and is registered', async () => {
    const download = await reports.downloadWord();
    const text = await wordText(readFileSync(await download.path()));
    expect(text).toContain('Standards and patent exposure');
    expect(text).toContain('Royalty stack of the main devices (estimate)');
    expect(text).toContain('€10.00 + $2.50');
    expect(text).toContain(caveat);
    const [record] = await readStore<{ kind: string }>(page, 'reports');
    expect(record?.kind).toBe('board-docx');
  });

  await test.step('a French report words the section in French, in the preview and in Word', async () => {
    await reports.choose(reports.language, 'Français');
    await expect(
      reports.preview.getByRole('heading', { name: 'Normes et exposition aux brevets' }),
    ).toBeVisible();
    await expect(reports.previewTable('Titulaires par pays')).toContainText('Pays inconnu');
    const text = await wordText(readFileSync(await (await reports.downloadWord()).path()));
    expect(text).toContain('Empilement des redevances des principaux équipements (estimation)');
    expect(text).toContain('Part non couverte');
  });
});
