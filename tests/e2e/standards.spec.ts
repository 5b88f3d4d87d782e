import type { Dependency, Risk } from '@shared/domain';
import type { DeclarationSet } from '@shared/domain/standards';
import { expect, readStore, test } from './fixtures';
import { DependenciesPage } from './pages/DependenciesPage';
import { DependencyForm } from './pages/DependencyForm';
import { LicenceForm } from './pages/LicenceForm';
import { LicencesPage } from './pages/LicencesPage';
import { RiskForm } from './pages/RiskForm';
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

test('standards in use, declared patents, coverage by a SEP licence and a finding raised as a risk', async ({
  page,
}) => {
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const dependencies = new DependenciesPage(page);
  const form = new DependencyForm(page);
  const standards = new StandardsPages(page);

  await test.step('a dependency lists the standard it implements', async () => {
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
    const picker = page.getByRole('combobox', { name: 'Standards implemented' });
    await picker.fill('ts38.331');
    await picker.press('Enter');
    await form.saveAndConfirm('5G radio unit');
    const [stored] = await readStore<Dependency>(page, 'dependencies');
    expect(stored?.standards).toEqual(['TS 38.331']);
  });

  await test.step('a declarations file is read, summarised, then imported as aggregates', async () => {
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
  });

  await test.step('the standard’s page shows shares, HHI and coverage, with the caveat', async () => {
    await standards.openStandard('TS 38.331');
    await expect(standards.caveat).toBeVisible();
    // 3 of 4 families = 75 %, 1 of 4 = 25 %; HHI = 75² + 25² = 6,250, high.
    await expect(standards.holderRow('TS 38.331', 'Nordic Radio')).toContainText('75%');
    await expect(standards.holderRow('TS 38.331', 'Nordic Radio')).toContainText('Uncovered');
    await expect(standards.holderRow('TS 38.331', 'Gamma Licensing')).toContainText('25%');
    await expect(
      page.getByText('6,250 (Highly concentrated) · adjusted 6,250 (Highly concentrated)'),
    ).toBeVisible();
  });

  await test.step('a SEP licence with the holder covering the standard makes it licensed', async () => {
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

  await test.step('a holder above the threshold is a finding, recorded as a Legal / IP risk', async () => {
    await standards.open();
    await standards.threshold.fill('50');
    await standards.saveThreshold.click();
    await expect(page.getByText('Threshold saved.').last()).toBeVisible();
    const finding = page.getByRole('link', { name: /^Record a risk: Nordic Radio holds 75 %/ });
    await finding.click();
    const riskForm = new RiskForm(page);
    await expect(riskForm.title).toHaveValue(/^Nordic Radio holds 75 %/);
    await riskForm.choose(riskForm.likelihood, /^3 · /);
    await riskForm.choose(riskForm.impact, /^3 · /);
    const title = await riskForm.title.inputValue();
    await riskForm.saveAndConfirm(title);
    const [risk] = await readStore<Risk>(page, 'risks');
    const [dependency] = await readStore<Dependency>(page, 'dependencies');
    expect(risk).toMatchObject({ category: 'legal-ip', dependencyIds: [dependency?.id] });
    expect(risk?.description).toContain('not checked for essentiality');
  });
});
