import { readFileSync } from 'node:fs';
import { expect, readStore, test } from './fixtures';
import { DependenciesPage } from './pages/DependenciesPage';
import { DependencyForm } from './pages/DependencyForm';
import { SbomSection } from './pages/SbomSection';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

interface ComponentRow {
  id: string;
  dependencyId: string;
  name: string;
  licences: string[];
}

const fixture = (name: string): string =>
  readFileSync(new URL(`../unit/fixtures/sbom/${name}`, import.meta.url), 'utf8');

test('an SBOM is imported onto a dependency, summarised, refused when malformed and kept on reload', async ({
  page,
}) => {
  test.slow();
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const dependencies = new DependenciesPage(page);
  const form = new DependencyForm(page);
  const sbom = new SbomSection(page);

  await test.step('create a vendor and a dependency', async () => {
    await vendors.open();
    await vendors.newVendor.click();
    await vendorForm.name.fill('Nordic Core AB');
    await vendorForm.chooseCountry('Sweden');
    await vendorForm.saveAndConfirm('Nordic Core AB');
    await dependencies.open();
    await dependencies.newDependency.click();
    await form.name.fill('Packet core');
    await form.search(form.vendor, 'Nordic', 'Nordic Core AB');
    await form.choose(form.kind, 'Software');
    await form.choose(form.domain, 'Core network');
    await form.choose(form.criticality, '5 — Vital');
    await form.choose(form.substitutability, 'Hard');
    await form.saveAndConfirm('Packet core');
    await expect(sbom.section).toContainText('No SBOM has been imported for this dependency yet.');
  });

  await test.step('a CycloneDX file is previewed, then imported and summarised by licence class', async () => {
    await sbom.choose('spring-app.cdx.json', fixture('cyclonedx-1.5.json'));
    await expect(sbom.section).toContainText('CycloneDX 1.5 file with 3 components.');
    expect(await readStore(page, 'sbomComponents')).toEqual([]);
    await sbom.importButton(3).click();
    await expect(page.getByText('3 components imported.')).toBeVisible();
    await expect(sbom.section).toContainText('3 components');
    // spring-core names its licence "The Apache Software License, Version 2.0": read as Apache-2.0.
    await sbom.expectClassCount('Permissive', 2);
    await sbom.expectClassCount('Strong copyleft', 1);
    await expect(sbom.copyleft).toContainText('busybox');
    await expect(sbom.copyleft).not.toContainText('spring-jcl');
    await expect(sbom.suppliers).toContainText('VMware: 1 component');
    await expect(sbom.components.getByRole('row', { name: /spring-jcl/ })).toContainText('Permissive');
  });

  const stored = await readStore<ComponentRow>(page, 'sbomComponents');

  await test.step('the search narrows the components table', async () => {
    await sbom.search.fill('busy');
    await expect(sbom.components.getByRole('row')).toHaveCount(2);
    await expect(sbom.components).toContainText('GPL-2.0-only');
    await sbom.search.fill('');
  });

  await test.step('a malformed file is refused with where it went wrong, and nothing changes', async () => {
    const nameless = { bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ version: '2.0' }] };
    await sbom.choose('nameless.cdx.json', JSON.stringify(nameless));
    await expect(sbom.problems).toContainText('This component has no name; every component needs one.');
    await expect(sbom.problems).toContainText('at components[0].name');
    const offSpec = { ...nameless, metadata: { timestamp: '2024-05-01' }, components: [] };
    await sbom.choose('off-spec.cdx.json', JSON.stringify(offSpec));
    await expect(sbom.problems).toContainText(
      '"2024-05-01" is not a date and time as the CycloneDX schema requires',
    );
    await expect(sbom.problems).toContainText('at metadata.timestamp');
    await sbom.choose('broken.json', '{"bomFormat": "CycloneDX",\n  "specVersion": 1.6,,}');
    await expect(sbom.problems).toContainText('the syntax breaks at line 2');
    await expect(sbom.replace).toHaveCount(0);
    expect(await readStore<ComponentRow>(page, 'sbomComponents')).toEqual(stored);
  });

  await test.step('after a reload the components are still there', async () => {
    await page.reload();
    await expect(sbom.components.getByRole('row', { name: /busybox/ })).toBeVisible();
    await sbom.expectClassCount('Strong copyleft', 1);
  });

  await test.step('a second import replaces the first', async () => {
    await sbom.choose('bom.cdx.json', fixture('cyclonedx-1.6.json'));
    await sbom.replace.click();
    await expect(page.getByText(/components? imported\./)).toBeVisible();
    const replaced = await readStore<ComponentRow>(page, 'sbomComponents');
    expect(replaced.length).toBeGreaterThan(0);
    expect(replaced.some((row) => stored.some((old) => old.id === row.id))).toBe(false);
  });

  await test.step('removing the SBOM empties the section', async () => {
    await sbom.remove.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove the SBOM' }).click();
    await expect(sbom.section).toContainText('No SBOM has been imported for this dependency yet.');
    expect(await readStore(page, 'sbomComponents')).toEqual([]);
  });
});
