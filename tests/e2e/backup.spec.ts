import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { currentFormatVersion } from '../../shared/workspace/workspace-file-schema';
import { expect, readStore, test } from './fixtures';
import { BackupSection } from './pages/BackupSection';
import { RiskForm } from './pages/RiskForm';
import { RisksPage } from './pages/RisksPage';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

interface Named {
  id: string;
  name?: string;
  title?: string;
}

interface RecordsEntry {
  formatVersion: number;
  vendors: Named[];
  risks: Array<Named & { vendorIds: string[] }>;
  evidence: unknown[];
}

/** The entries of a backup (a ZIP container) and its records entry parsed. */
const openBackup = (path: string) => {
  const entries = unzipSync(readFileSync(path));
  const records = JSON.parse(new TextDecoder().decode(entries['workspace.json'])) as RecordsEntry;
  return { entries, records };
};

test('a .zip backup restores a deleted vendor and risk, an older .json one too; a tampered backup is refused with nothing changed', async ({
  page,
}, testInfo) => {
  const backup = new BackupSection(page);
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const risks = new RisksPage(page);
  const riskForm = new RiskForm(page);
  const backupPath = testInfo.outputPath('backup.zip');

  const deleteVendor = async (): Promise<void> => {
    await vendors.open();
    await vendors.openVendor('Nordic Radio');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Delete Nordic Radio?' })
      .getByRole('button', { name: 'Delete vendor' })
      .click();
    // The first deletion's notice may still be showing when the vendor is deleted again after the restore.
    await expect(page.getByText('Nordic Radio deleted.').last()).toBeVisible();
    expect(await readStore<Named>(page, 'vendors')).toEqual([]);
  };

  await test.step('a vendor and a risk are recorded, and the frame offers a backup', async () => {
    await vendors.open();
    await vendors.addFirstVendor.click();
    await vendorForm.name.fill('Nordic Radio');
    await vendorForm.chooseCountry('Finland');
    await vendorForm.saveAndConfirm('Nordic Radio');
    await risks.open();
    await risks.newRisk.click();
    await riskForm.title.fill('Single RAN vendor');
    await riskForm.choose(riskForm.category, 'Supply');
    await riskForm.choose(riskForm.likelihood, /^4 · Likely/);
    await riskForm.choose(riskForm.impact, /^5 · Severe/);
    await riskForm.saveAndConfirm('Single RAN vendor');
    await expect(backup.reminder).toBeVisible();
  });

  await test.step('backing up downloads the whole workspace as a .zip and silences the reminder', async () => {
    await backup.open();
    const fileName = await backup.backUpTo(backupPath);
    expect(fileName).toMatch(/^diligence-workbench-\d{4}-\d{2}-\d{2}\.zip$/);
    const { entries, records } = openBackup(backupPath);
    expect(Object.keys(entries)).toEqual(['workspace.json']);
    expect(records).toMatchObject({
      format: 'diligence-workbench/workspace',
      formatVersion: currentFormatVersion,
    });
    expect(records.vendors.map((vendor) => vendor.name)).toEqual(['Nordic Radio']);
    expect(records.risks.map((risk) => risk.title)).toEqual(['Single RAN vendor']);
    await expect(backup.reminder).toBeHidden();
  });

  await test.step('the risk and the vendor are deleted', async () => {
    await risks.open();
    await risks.table.getByRole('link', { name: 'Single RAN vendor' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Delete Single RAN vendor?' })
      .getByRole('button', { name: /^Delete risk/ })
      .click();
    await expect(page.getByText('Single RAN vendor deleted.')).toBeVisible();
    await deleteVendor();
  });

  await test.step('restoring asks first, saying what replaces what, then brings everything back', async () => {
    await backup.open();
    await backup.chooseBackup(backupPath);
    await expect(backup.countRow('Vendors')).toHaveText(/Vendors\s*0\s*1/);
    await expect(backup.countRow('Risks')).toHaveText(/Risks\s*0\s*1/);
    await backup.replace.click();
    await expect(page.getByText(/^Workspace restored from the backup of/)).toBeVisible();
    expect((await readStore<Named>(page, 'vendors')).map((vendor) => vendor.name)).toEqual(['Nordic Radio']);
    expect((await readStore<Named>(page, 'risks')).map((risk) => risk.title)).toEqual(['Single RAN vendor']);
    await vendors.open();
    await expect(vendors.row('Nordic Radio')).toBeVisible();
    await risks.open();
    await expect(risks.row('Single RAN vendor')).toContainText('Critical');
  });

  await test.step('a backup saved as JSON by an earlier version (format 2) still restores', async () => {
    const { records } = openBackup(backupPath);
    const olderPath = testInfo.outputPath('older-backup.json');
    // Format 2 was the records themselves, evidence as base64 (this workspace has none).
    writeFileSync(olderPath, JSON.stringify({ ...records, formatVersion: 2 }));
    await deleteVendor();

    await backup.open();
    await backup.chooseBackup(olderPath);
    await expect(backup.countRow('Vendors')).toHaveText(/Vendors\s*0\s*1/);
    await backup.replace.click();
    await expect(page.getByText(/^Workspace restored from the backup of/)).toBeVisible();
    expect((await readStore<Named>(page, 'vendors')).map((vendor) => vendor.name)).toEqual(['Nordic Radio']);
  });

  await test.step('a backup whose risk names a vendor it lacks is refused, and nothing changes', async () => {
    const { entries, records } = openBackup(backupPath);
    records.risks[0]!.vendorIds = ['00000000-0000-4000-8000-000000000000'];
    entries['workspace.json'] = new TextEncoder().encode(JSON.stringify(records));
    const tamperedPath = testInfo.outputPath('tampered.zip');
    writeFileSync(tamperedPath, zipSync(entries, { level: 0 }));
    await deleteVendor();
    const auditBefore = await readStore<Named>(page, 'auditLog');

    await backup.open();
    await backup.chooseBackup(tamperedPath);
    await expect(backup.problems).toContainText('Risks · record 1');
    await expect(backup.problems).toContainText('field vendorIds.0');
    await expect(backup.problems).toContainText('Points to a record of “Vendors” that is not in the file');
    await expect(backup.confirmDialog).toBeHidden();
    expect(await readStore<Named>(page, 'vendors')).toEqual([]);
    expect(await readStore<Named>(page, 'auditLog')).toHaveLength(auditBefore.length);
  });
});
