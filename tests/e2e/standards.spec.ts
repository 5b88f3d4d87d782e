import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Dependency, Risk, Vendor } from '@shared/domain';
import type { DeclarationSet, RoyaltyRate, StandardListEntry } from '@shared/domain/standards';
import { expect, readStore, test } from './fixtures';
import { DashboardPage } from './pages/DashboardPage';
import { DependenciesPage } from './pages/DependenciesPage';
import { DependencyForm } from './pages/DependencyForm';
import { LicenceForm } from './pages/LicenceForm';
import { LicencesPage } from './pages/LicencesPage';
import { ReportsPage } from './pages/ReportsPage';
import { RiskForm } from './pages/RiskForm';
import { RoyaltyPages } from './pages/RoyaltyPages';
import { StandardsPages } from './pages/StandardsPages';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

/** Our template: Nordic Radio Oy declared 3 families on TS 38.331 (one on two rows), Gamma Licensing 1. */
const declarations = [
  'holder,holder country,standard,patent family id,publication number,declaration date',
  'Nordic Radio Oy,FI,TS 38.331,FAM-1,EP0000001B1,2021-03-15',
  'Nordic Radio Oy,FI,TS 38.331,FAM-2,EP0000002B1,2021-03-15',
  'Nordic Radio Oy,FI,ETSI TS 138 331,FAM-2,EP0000002B1,2021-03-15',
  'Nordic Radio Oy,FI,TS 38.331,FAM-3,EP0000003B1,2022-01-10',
  'Gamma Licensing LLC,US,TS 38.331,FAM-10,US0000010B2,2020-06-01',
].join('\r\n');

const ourTitle = 'NR radio resource control, as our radio units use it';
const caveat = 'Declarations are made by the holders themselves and are not checked for essentiality';

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

const storedReferenceList = async (page: Parameters<typeof readStore>[0]) =>
  (await readStore<{ key: string; entries?: StandardListEntry[] }>(page, 'settings')).find(
    (row) => row.key === 'standards-reference',
  )?.entries;

/**
 * The whole story as a new user tries it: the reference list tuned, standards added to a dependency, a
 * declarations file imported, shares, countries, coverage and the royalty stack read, a risk raised, and
 * all of it found on the Dashboard and in the board report (PDF, Word, French).
 */
test('standards and declared patents, from the reference list to the board report', async ({ page }) => {
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const dependencies = new DependenciesPage(page);
  const form = new DependencyForm(page);
  const standards = new StandardsPages(page);
  const royalty = new RoyaltyPages(page);
  const dashboard = new DashboardPage(page);
  const reports = new ReportsPage(page);

  await test.step('the reference list: a built-in title rewritten, one deleted and restored, a duplicate refused', async () => {
    await standards.openReferenceList();
    const search = page.getByRole('textbox', { name: 'Search the list' });
    await search.fill('38.331');
    await page.getByRole('button', { name: 'Edit TS 38.331', exact: true }).click();
    await standards.referenceField('Title').fill(ourTitle);
    await standards.referenceForm.getByRole('button', { name: 'Save standard' }).click();
    await expect(page.getByText('TS 38.331 saved in the reference list.').last()).toBeVisible();
    await expect(standards.referenceTable.getByRole('row', { name: /TS 38\.331/ })).toContainText(ourTitle);

    await search.fill('45.005');
    await page.getByRole('button', { name: 'Delete TS 45.005', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete standard' }).click();
    await expect(page.getByText('No standard matches this search.')).toBeVisible();
    await page.getByRole('button', { name: 'Restore the built-in entries' }).click();
    await expect(page.getByText('1 built-in entry restored.').last()).toBeVisible();
    await expect(standards.referenceTable.getByRole('row', { name: /TS 45\.005/ })).toBeVisible();

    await page.getByRole('button', { name: 'Add a standard' }).click();
    await standards.referenceField('Number').fill('3GPP TS 38.331');
    await standards.referenceField('Title').fill('Again');
    await standards.referenceForm.getByRole('button', { name: 'Save standard' }).click();
    await expect(standards.referenceField('Number')).toHaveAccessibleDescription(
      /This number is already in the list/,
    );
    await standards.referenceForm.getByRole('button', { name: 'Cancel' }).click();

    const list = await storedReferenceList(page);
    expect(list?.filter((entry) => entry.number === 'TS 38.331')).toEqual([
      { id: 'TS 38.331', number: 'TS 38.331', title: ourTitle, generation: '5G', domain: 'ran' },
    ]);
    expect(list?.some((entry) => entry.number === 'TS 45.005')).toBe(true);
  });

  await test.step('a dependency picks the standard it implements, offered with the title we wrote', async () => {
    await vendors.open();
    await vendors.newVendor.click();
    await vendorForm.name.fill('Nordic Radio');
    await vendorForm.chooseCountry('Finland');
    await vendorForm.saveAndConfirm('Nordic Radio');
    await dependencies.open();
    await dependencies.newDependency.click();
    await form.name.fill('5G radio unit');
    await form.search(form.vendor, 'Nordic', 'Nordic Radio');
    await form.choose(form.kind, 'Hardware');
    await form.choose(form.domain, 'Radio access');
    await form.choose(form.criticality, '5 — Vital');
    await form.choose(form.substitutability, 'Hard');
    await page.getByRole('combobox', { name: 'Standards implemented' }).fill('38.331');
    await page.getByRole('option', { name: `TS 38.331 — ${ourTitle}` }).click();
    await form.saveAndConfirm('5G radio unit');
    const [stored] = await readStore<Dependency>(page, 'dependencies');
    expect(stored?.standards).toEqual(['TS 38.331']);
  });

  await test.step('a declarations file is read, summarised, imported as aggregates; Gamma recorded as a patent holder', async () => {
    await standards.chooseDeclarations('declarations.csv', declarations);
    await expect(
      page.getByText('2 declaring companies, 1 standards, 4 distinct patent families'),
    ).toBeVisible();
    await standards.importButton.click();
    await expect(page.getByText('declarations.csv imported.').last()).toBeVisible();
    const sets = await readStore<DeclarationSet>(page, 'declarationSets');
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ source: 'template', fileName: 'declarations.csv', rowCount: 5 });
    // Nordic Radio Oy is the vendor Nordic Radio (legal form ignored); Gamma is left to review.
    await expect(page.getByText('1 of 2 declaring companies are matched to a vendor.')).toBeVisible();
    const gamma = page.getByRole('row', { name: /Gamma Licensing LLC/ });
    // Its country comes from the file (our template has a holder country column).
    await expect(gamma.getByRole('combobox', { name: 'Country of Gamma Licensing LLC' })).toHaveValue(
      'United States (US)',
    );
    await gamma.getByRole('button', { name: 'Record' }).click();
    await expect(page.getByText('2 of 2 declaring companies are matched to a vendor.')).toBeVisible();
    const holder = (await readStore<Vendor>(page, 'vendors')).find(
      (vendor) => vendor.name === 'Gamma Licensing LLC',
    );
    expect(holder).toMatchObject({ hqCountry: 'US', roles: ['patent-holder'] });
  });

  await test.step('the standard’s page: its title, shares per holder and per country, HHI, coverage, the caveat', async () => {
    await standards.openStandard('TS 38.331');
    await expect(standards.caveat).toBeVisible();
    await expect(page.getByText(ourTitle)).toBeVisible();
    // 3 of 4 families = 75 %, 1 of 4 = 25 %; HHI = 75² + 25² = 6,250, high.
    await expect(standards.holderRow('TS 38.331', 'Nordic Radio')).toContainText('75%');
    await expect(standards.holderRow('TS 38.331', 'Nordic Radio')).toContainText('Uncovered');
    await expect(standards.holderRow('TS 38.331', 'Gamma Licensing')).toContainText('25%');
    await expect(
      page.getByText('6,250 (Highly concentrated) · adjusted 6,250 (Highly concentrated)'),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Holders by country' }).getByRole('row')).toHaveText([
      /Country/,
      /^Finland375%/,
      /^United States125%/,
    ]);
  });

  await test.step('a SEP licence with Nordic Radio covering the standard makes it licensed', async () => {
    const licences = new LicencesPage(page);
    const licenceForm = new LicenceForm(page);
    await licences.open();
    await licences.newLicence.click();
    await licenceForm.title.fill('Nordic Radio SEP licence');
    await licenceForm.choose(licenceForm.type, 'Standard-essential patent (SEP)');
    await licenceForm.vendor.fill('Nordic');
    await page.getByRole('option', { name: 'Nordic Radio' }).click();
    await page.getByRole('textbox', { name: 'Standard', exact: true }).fill('TS 38.331');
    await licenceForm.saveAndConfirm('Nordic Radio SEP licence');
    await standards.openStandard('TS 38.331');
    await expect(standards.holderRow('TS 38.331', 'Nordic Radio')).toContainText('Licensed');
    await expect(standards.holderRow('TS 38.331', 'Gamma Licensing')).toContainText('Uncovered');
  });

  await test.step('Gamma’s rate of 2.50 USD a unit makes the radio unit’s royalty stack, Nordic adding nothing', async () => {
    await royalty.openRates();
    await royalty.fillRate('Gamma Licensing LLC', 'Amount per unit', '2.5', 'Gamma rate card 2026');
    await royalty.currency.fill('USD');
    await royalty.save.click();
    await expect(page.getByText('Rate of Gamma Licensing LLC saved.').last()).toBeVisible();
    expect(await readStore<RoyaltyRate>(page, 'royaltyRates')).toMatchObject([
      { basis: 'per-unit', value: 2.5, currency: 'USD', source: 'Gamma rate card 2026' },
    ]);
    await dependencies.open();
    await dependencies.openDependency('5G radio unit');
    await expect(royalty.stackTotal('5G radio unit')).toContainText('$2.50');
    await expect(
      page
        .getByRole('table', { name: 'Royalty stack of 5G radio unit' })
        .getByRole('row', { name: /Nordic Radio/ }),
    ).toContainText('Nothing: our licence covers it');
  });

  await test.step('a holder above the threshold is a finding, recorded as a Legal / IP risk', async () => {
    await standards.open();
    await standards.threshold.fill('50');
    await standards.saveThreshold.click();
    await expect(page.getByText('Threshold saved.').last()).toBeVisible();
    await page.getByRole('link', { name: /^Record a risk: Nordic Radio holds 75 %/ }).click();
    const riskForm = new RiskForm(page);
    await expect(riskForm.title).toHaveValue(/^Nordic Radio holds 75 %/);
    await riskForm.choose(riskForm.likelihood, /^3 · /);
    await riskForm.choose(riskForm.impact, /^3 · /);
    await riskForm.saveAndConfirm(await riskForm.title.inputValue());
    const [risk] = await readStore<Risk>(page, 'risks');
    const [dependency] = await readStore<Dependency>(page, 'dependencies');
    expect(risk).toMatchObject({ category: 'legal-ip', dependencyIds: [dependency?.id] });
    expect(risk?.description).toContain('not checked for essentiality');
  });

  await test.step('the Dashboard card: the uncovered share of the standard and its holders by country', async () => {
    await dashboard.open();
    await expect(dashboard.topUncoveredStandards).toHaveText([
      'TS 38.33125% uncovered of 4 declared families',
    ]);
    await expect(dashboard.holderCountries).toHaveText([
      'Finland1 holder · 75% of declared families',
      'United States1 holder · 25% of declared families',
    ]);
  });

  await test.step('the board report holds it all: in the preview, the printed PDF, Word, and in French', async () => {
    await reports.open();
    await expect(
      reports.preview.getByRole('heading', { name: 'Standards and patent exposure' }),
    ).toBeVisible();
    await expect(
      reports
        .previewTable('Standards with the largest uncovered share')
        .getByRole('row', { name: /TS 38\.331/ }),
    ).toContainText('25%');
    await reports.openPrintView();
    const pdf = pdfText(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf).toContain('Standards and patent exposure');
    expect(pdf).toMatch(/TS 38\.331\s+1\s+4\s+2\s+6,250 \(Highly/);
    expect(pdf).toContain('Share of declared families by holder country');
    expect(pdf).toMatch(/5G radio unit[\s\S]*\$2\.50/);
    expect(pdf.replace(/\s+/g, ' ')).toContain(caveat);
    await page.goBack();

    const word = await wordText(readFileSync(await (await reports.downloadWord()).path()));
    expect(word).toContain('Standards and patent exposure');
    expect(word).toContain('Royalty stack of the main devices (estimate)');
    expect(word).toContain('$2.50');
    expect(word).toContain(caveat);
    expect((await readStore<{ kind: string }>(page, 'reports')).map((record) => record.kind)).toEqual([
      'board-docx',
    ]);

    await reports.choose(reports.language, 'Français');
    await expect(
      reports.preview.getByRole('heading', { name: 'Normes et exposition aux brevets' }),
    ).toBeVisible();
    const french = await wordText(readFileSync(await (await reports.downloadWord()).path()));
    expect(french).toContain('Empilement des redevances des principaux équipements (estimation)');
    expect(french).toContain('Part non couverte');
  });
});
