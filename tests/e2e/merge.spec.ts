import { writeFileSync } from 'node:fs';
import type { AuditEvent, Vendor } from '../../shared/domain';
import type { WorkspaceRecords } from '../../shared/workspace/workspace-data';
import { buildWorkspaceFile } from '../../shared/workspace/workspace-file';
import { expect, readStore, test } from './fixtures';
import { BackupSection } from './pages/BackupSection';
import { MergeReview } from './pages/MergeReview';
import { VendorDetailPage } from './pages/VendorDetailPage';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

const noRecords = (): WorkspaceRecords => ({
  vendors: [],
  dependencies: [],
  licences: [],
  risks: [],
  checklists: [],
  assessments: [],
  evidence: [],
  auditLog: [],
  reports: [],
  sbomComponents: [],
  referenceEntries: [],
});

/** Writes a workspace file (a ZIP container, no evidence) of `records`, as a colleague's app would. */
const writeWorkspaceFile = async (path: string, records: WorkspaceRecords, exportedAt: string) => {
  const built = await buildWorkspaceFile({
    records,
    evidenceFiles: new Map(),
    organisation: { name: 'Colleague Telecom' },
    app: { name: 'Diligence Workbench', version: '0.1.0' },
    exportedAt,
  });
  if (!built.ok) throw new Error('The workspace file was not built.');
  writeFileSync(path, new Uint8Array(await built.file.arrayBuffer()));
};

test('merging a colleague’s workspace adds their vendor, skips the identical one and takes their version when asked', async ({
  page,
}, testInfo) => {
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const vendorPage = new VendorDetailPage(page);
  const backup = new BackupSection(page);
  const review = new MergeReview(page);
  const colleaguePath = testInfo.outputPath('colleague.zip');
  const exportedAt = '2026-01-15T10:00:00.000Z';

  await test.step('two vendors are recorded here', async () => {
    await vendors.open();
    await vendors.addFirstVendor.click();
    await vendorForm.name.fill('Shared Vendor');
    await vendorForm.chooseCountry('Finland');
    await vendorForm.saveAndConfirm('Shared Vendor');
    await vendors.open();
    await vendors.newVendor.click();
    await vendorForm.name.fill('Nordic Radio');
    await vendorForm.chooseCountry('Finland');
    await vendorForm.saveAndConfirm('Nordic Radio');
  });

  await test.step('a colleague adds a vendor and changes Nordic Radio; here it is changed later', async () => {
    const stored = await readStore<Vendor>(page, 'vendors');
    const shared = stored.find((vendor) => vendor.name === 'Shared Vendor')!;
    const nordic = stored.find((vendor) => vendor.name === 'Nordic Radio')!;
    const theirChange = new Date(Date.parse(nordic.updatedAt) + 1000).toISOString();
    const colleague: WorkspaceRecords = {
      ...noRecords(),
      vendors: [
        shared,
        { ...nordic, notes: 'Changed there', updatedAt: theirChange },
        { ...shared, id: crypto.randomUUID(), name: 'Baltic Fibre' },
      ],
    };
    await writeWorkspaceFile(colleaguePath, colleague, exportedAt);
    await vendors.open();
    await vendors.openVendor('Nordic Radio');
    await vendorPage.edit.click();
    await vendorForm.notes.fill('Changed here');
    await vendorForm.saveAndConfirm('Nordic Radio');
  });

  await test.step('the review counts what comes and preselects the newer version, which is mine', async () => {
    await backup.open();
    await review.chooseFile(colleaguePath);
    await expect(review.countRow('Vendors')).toHaveText(/Vendors\s*1\s*1\s*1/);
    await expect(review.conflicts.getByRole('row', { name: /Nordic Radio/ })).toHaveCount(1);
    await expect(review.choice('Nordic Radio', 'Keep mine')).toBeChecked();
  });

  await test.step('taking their version and merging sums up and writes it, audited', async () => {
    const auditBefore = await readStore<AuditEvent>(page, 'auditLog');
    await review.choose('Nordic Radio', 'Take theirs');
    await review.confirm.click();
    await expect(review.dialog).toBeHidden();
    await expect(review.summaryRow('Vendors')).toHaveText(/Vendors\s*1\s*1\s*1/);

    const stored = await readStore<Vendor>(page, 'vendors');
    expect(stored.map((vendor) => [vendor.name, vendor.notes]).sort()).toEqual([
      ['Baltic Fibre', ''],
      ['Nordic Radio', 'Changed there'],
      ['Shared Vendor', ''],
    ]);
    const added = (await readStore<AuditEvent>(page, 'auditLog')).filter(
      (event) => !auditBefore.some((before) => before.id === event.id),
    );
    expect(added).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'vendors', action: 'create' }),
        expect.objectContaining({
          table: 'vendors',
          action: 'update',
          changes: { notes: ['Changed here', 'Changed there'] },
        }),
        expect.objectContaining({
          table: 'settings',
          recordId: 'workspace',
          changes: expect.objectContaining({ mergedFrom: [null, exportedAt] }),
        }),
      ]),
    );
    expect(added).toHaveLength(3);
    await vendors.open();
    await expect(vendors.row('Baltic Fibre')).toBeVisible();
  });
});
