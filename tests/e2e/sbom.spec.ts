import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, readStore, test } from './fixtures';
import { DependenciesPage } from './pages/DependenciesPage';
import { DependencyForm } from './pages/DependencyForm';
import { RecordHistory } from './pages/RecordHistory';
import { SbomSection } from './pages/SbomSection';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

interface SbomRow {
  dependencyId: string;
  updatedAt: string;
  components: Array<{ id: string; name: string; licences: string[] }>;
}

interface AuditRow {
  at: string;
  table: string;
  recordId: string;
  action: string;
  changes: Record<string, [unknown, unknown]>;
}

const sbomEvents = async (page: Page): Promise<AuditRow[]> =>
  (await readStore<AuditRow>(page, 'auditLog'))
    .filter((event) => event.table === 'sbomComponents')
    .sort((a, b) => a.at.localeCompare(b.at));

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
  const history = new RecordHistory(page);

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
    expect(await readStore(page, 'sboms')).toEqual([]);
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

  const stored = await readStore<SbomRow>(page, 'sboms');

  await test.step('the SBOM is stored as one document of the dependency, dated, with one audit event', () => {
    expect(stored).toHaveLength(1);
    expect(stored[0]?.components.map((component) => component.name).sort()).toEqual([
      'busybox',
      'spring-core',
      'spring-jcl',
    ]);
    expect(page.url()).toContain(stored[0]!.dependencyId);
  });
  await expect(sbom.section).toContainText(/Imported on .*2\d{3}/);
  expect(await sbomEvents(page)).toEqual([
    expect.objectContaining({ action: 'create', changes: { components: [0, 3] } }),
  ]);

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
    expect(await readStore<SbomRow>(page, 'sboms')).toEqual(stored);
  });

  await test.step('after a reload the components are still there', async () => {
    await page.reload();
    await expect(sbom.components.getByRole('row', { name: /busybox/ })).toBeVisible();
    await sbom.expectClassCount('Strong copyleft', 1);
  });

  await test.step('a second import replaces the first, audited once with what came and went', async () => {
    await sbom.choose('bom.cdx.json', fixture('cyclonedx-1.6.json'));
    await sbom.replace.click();
    await expect(page.getByText('4 components imported.')).toBeVisible();
    const replaced = await readStore<SbomRow>(page, 'sboms');
    expect(replaced.map((document) => document.dependencyId)).toEqual([stored[0]!.dependencyId]);
    const names = replaced[0]!.components.map((component) => component.name);
    expect(names).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining(['glibc', 'zlib']));
    const oldIds = new Set(stored[0]!.components.map((component) => component.id));
    expect(replaced[0]!.components.some((component) => oldIds.has(component.id))).toBe(false);
    expect(await sbomEvents(page)).toEqual([
      expect.objectContaining({ action: 'create' }),
      expect.objectContaining({
        action: 'update',
        changes: { components: [3, 4], componentsAdded: [null, 4], componentsRemoved: [null, 3] },
      }),
    ]);
    const event = history.event('Components added');
    await expect(event).toHaveCount(1);
    await expect(history.changes(event)).toContainText(['Components: 3 → 4']);
  });

  await test.step('removing the SBOM empties the section', async () => {
    await sbom.remove.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove the SBOM' }).click();
    await expect(sbom.section).toContainText('No SBOM has been imported for this dependency yet.');
    expect(await readStore(page, 'sboms')).toEqual([]);
  });
});
