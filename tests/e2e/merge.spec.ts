import type { Assessment, AuditEvent, Vendor } from '../../shared/domain';
import type { WorkspaceRecords } from '../../shared/workspace/workspace-data';
import { noRecords, writeWorkspaceFile } from './files/workspace-file';
import { expect, readStore, test } from './fixtures';
import { ActivityPage } from './pages/ActivityPage';
import { AssessmentPage } from './pages/AssessmentPage';
import { BackupSection } from './pages/BackupSection';
import { FILE_WORKER_SCRIPT, WorkspaceFileCheck } from './pages/file-reading';
import { holdScript } from './pages/held-script';
import { MergeReview } from './pages/MergeReview';
import { RecordHistory } from './pages/RecordHistory';
import { SignOffSection } from './pages/SignOffSection';
import { VendorDetailPage } from './pages/VendorDetailPage';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

test('merging a colleague’s workspace adds their vendor, skips the identical one and takes their version when asked', async ({
  page,
}, testInfo) => {
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const vendorPage = new VendorDetailPage(page);
  const backup = new BackupSection(page);
  const review = new MergeReview(page);
  const signOff = new SignOffSection(page);
  const activity = new ActivityPage(page);
  const history = new RecordHistory(page);
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

  await test.step('the review counts what comes, preselects the newer version, which is mine, and names the settings that differ', async () => {
    await backup.open();
    // Here one person may sign off alone; the colleague's file keeps the default, four eyes.
    await signOff.allowSinglePerson(true);
    await review.chooseFile(colleaguePath);
    await expect(review.dialog).toContainText(
      'Their settings differ from yours in: sign-off policy. Yours are kept: a merge does not take a colleague’s settings.',
    );
    await expect(review.countRow('Vendors')).toHaveText(/Vendors\s*1\s*1\s*1/);
    await expect(review.conflict('Nordic Radio')).toHaveCount(1);
    await expect(review.choice('Nordic Radio', 'Keep mine')).toBeChecked();
  });

  await test.step('taking their version and merging sums up and writes it, audited', async () => {
    const auditBefore = await readStore<AuditEvent>(page, 'auditLog');
    await review.choose('Nordic Radio', 'Take theirs');
    await review.confirm.click();
    await expect(review.dialog).toBeHidden();
    await expect(review.summaryRow('Vendors')).toHaveText(/Vendors\s*1\s*1\s*1/);
    await expect(
      page.getByText('Your settings were kept; theirs differed in: sign-off policy.'),
    ).toBeVisible();
    await expect(signOff.singlePerson).toBeChecked();
    const policy = (await readStore<{ key: string }>(page, 'settings')).find((row) => row.key === 'sign-off');
    expect(policy).toEqual({ key: 'sign-off', singlePersonSignOff: true });

    const stored = await readStore<Vendor>(page, 'vendors');
    expect(stored.map((vendor) => [vendor.name, vendor.notes]).sort()).toEqual([
      ['Baltic Fibre', ''],
      ['Nordic Radio', 'Changed there'],
      ['Shared Vendor', ''],
    ]);
    const added = (await readStore<AuditEvent>(page, 'auditLog')).filter(
      (event) => !auditBefore.some((before) => before.id === event.id),
    );
    const baltic = stored.find((vendor) => vendor.name === 'Baltic Fibre')!;
    const nordic = stored.find((vendor) => vendor.name === 'Nordic Radio')!;
    // One event listing the two vendors it wrote, with what it did to each, and its summary.
    const merge = added.find((event) => event.action === 'merge');
    expect(merge).toMatchObject({ table: 'settings', recordId: 'colleague.zip' });
    expect(merge?.records).toHaveLength(2);
    expect(merge?.records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'vendors', recordId: baltic.id, action: 'create' }),
        {
          table: 'vendors',
          recordId: nordic.id,
          action: 'update',
          changes: { notes: ['Changed here', 'Changed there'] },
        },
      ]),
    );
    expect(added).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          table: 'settings',
          recordId: 'workspace',
          changes: expect.objectContaining({ mergedFrom: [null, exportedAt] }),
        }),
      ]),
    );
    expect(added).toHaveLength(2);
    await vendors.open();
    await expect(vendors.row('Baltic Fibre')).toBeVisible();
  });

  await test.step('Activity shows the merge as one row, whose details list the two vendors', async () => {
    await activity.open();
    await activity.filterBy('Action', 'Merged');
    await activity.expectCount(1);
    const row = activity.row('2 records from colleague.zip');
    await expect(row).toContainText('1 created, 1 changed');
    await activity.openDetails(row);
    const records = activity.details.getByRole('region', { name: 'Records of this merge' });
    await expect(records).toContainText('Created Vendor: Baltic Fibre');
    await expect(records).toContainText('Changed Vendor: Nordic Radio');
    await expect(records).toContainText('Notes: Changed here → Changed there');
    await page.keyboard.press('Escape');
  });

  await test.step('Nordic Radio’s history shows its part of the merge, with what it changed', async () => {
    await vendors.open();
    await vendors.openVendor('Nordic Radio');
    const part = history.event('Part of the merge of 2 records from colleague.zip');
    await expect(part).toHaveCount(1);
    await expect(history.changes(part)).toHaveText(['Notes: Changed here → Changed there']);
  });
});

test('a colleague’s file does not undo a sign-off by default, and its events show as imported', async ({
  page,
  settings,
}, testInfo) => {
  const backup = new BackupSection(page);
  const review = new MergeReview(page);
  const assessmentPage = new AssessmentPage(page);
  const vendor: Vendor = {
    id: crypto.randomUUID(),
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    name: 'Nordic Radio',
    hqCountry: 'FI',
    ownership: 'private',
    jurisdictions: [],
    listings: [],
    certifications: [],
    sovereignty: { c1a: null, c1b: null, c1c: null, c1d: null, c2: null, c3: null },
    contacts: [],
    tags: [],
    notes: '',
    roles: ['supplier'],
    aliases: [],
  };
  const approved: Assessment = {
    id: crypto.randomUUID(),
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-06T09:00:00.000Z',
    checklistId: '5b0c1d2e-3f40-4a51-8b62-7c83d94ea502',
    checklistVersion: '2026.1',
    subject: { type: 'vendor', id: vendor.id },
    status: 'approved',
    answers: { 'srp-c1a': { value: 1, evidenceIds: [] } },
    conclusion: 'ok',
    reviewer: 'Paul Reviewer',
    approvedBy: 'Claire Approver',
    approvedAt: '2026-01-06T09:00:00.000Z',
    revision: 1,
  };
  const colleagueEvent: AuditEvent = {
    id: crypto.randomUUID(),
    at: '2026-01-10T09:00:00.000Z',
    actor: 'Ben Colleague',
    table: 'assessments',
    recordId: approved.id,
    action: 'update',
    changes: { status: ['approved', 'draft'] },
  };

  await test.step('this workspace holds an approved assessment (restored from a backup)', async () => {
    await page.goto('./#/settings');
    await settings.userName.fill('Ana Merger');
    await settings.saveAndConfirm();
    const backupPath = testInfo.outputPath('approved.zip');
    await writeWorkspaceFile(
      backupPath,
      { ...noRecords(), vendors: [vendor], assessments: [approved] },
      '2026-01-06T10:00:00.000Z',
    );
    await backup.open();
    await backup.chooseBackup(backupPath);
    await backup.replace.click();
    await expect(page.getByText(/^Workspace restored from the backup of/)).toBeVisible();
  });

  await test.step('their newer file reopened it in place: the review keeps mine, and says why', async () => {
    const colleaguePath = testInfo.outputPath('colleague.zip');
    await writeWorkspaceFile(
      colleaguePath,
      {
        ...noRecords(),
        vendors: [vendor],
        assessments: [{ ...approved, status: 'draft', updatedAt: '2026-01-10T09:00:00.000Z' }],
        auditLog: [colleagueEvent],
      },
      '2026-01-10T10:00:00.000Z',
    );
    await review.chooseFile(colleaguePath);
    await expect(review.dialog).toContainText('1 of these records belong to an assessment approved here');
    await expect(review.conflicts).toContainText('Approved here by Claire Approver');
    await expect(review.conflicts.getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    await review.dialog.getByRole('button', { name: 'All theirs' }).click();
    await expect(review.conflicts.getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    await review.confirm.click();
    await expect(review.dialog).toBeHidden();
  });

  await test.step('the approval stands; their event is kept, marked as imported, and shown so', async () => {
    const [stored] = await readStore<Assessment>(page, 'assessments');
    expect(stored).toEqual(approved);
    const imported = (await readStore<AuditEvent>(page, 'auditLog')).find(
      (event) => event.id === colleagueEvent.id,
    );
    expect(imported).toEqual({
      ...colleagueEvent,
      imported: {
        fileName: 'colleague.zip',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
        by: 'Ana Merger',
        at: expect.any(String) as unknown,
      },
    });
    await page.goto(`./#/checklists/assessments/${approved.id}`);
    await expect(assessmentPage.status).toHaveText('Approved');
    await expect(
      assessmentPage.auditHistory.getByRole('listitem').filter({ hasText: 'by Ben Colleague' }).first(),
    ).toContainText(/Imported from file colleague\.zip \(SHA-256 [0-9a-f]{12}…\) by Ana Merger on /);
  });
});

test('a colleague’s file being checked can be cancelled before the review, and nothing is merged', async ({
  page,
}, testInfo) => {
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const backup = new BackupSection(page);
  const review = new MergeReview(page);
  const check = new WorkspaceFileCheck(page);
  const colleaguePath = testInfo.outputPath('colleague.zip');

  await test.step('a vendor here; the colleague’s file has another', async () => {
    await vendors.open();
    await vendors.addFirstVendor.click();
    await vendorForm.name.fill('Shared Vendor');
    await vendorForm.chooseCountry('Finland');
    await vendorForm.saveAndConfirm('Shared Vendor');
    const [shared] = await readStore<Vendor>(page, 'vendors');
    await writeWorkspaceFile(
      colleaguePath,
      { ...noRecords(), vendors: [{ ...shared!, id: crypto.randomUUID(), name: 'Baltic Fibre' }] },
      '2026-01-15T10:00:00.000Z',
    );
  });
  const before = { vendors: await readStore(page, 'vendors'), auditLog: await readStore(page, 'auditLog') };

  await test.step('the file shows as being checked, with a Cancel that stops it before the review', async () => {
    await backup.open();
    const release = await holdScript(page, FILE_WORKER_SCRIPT);
    await review.pickFile(colleaguePath);
    await expect(check.progress).toBeVisible();
    await check.cancel.click();
    await expect(check.cancelled).toBeVisible();
    await expect(review.dialog).toBeHidden();
    await release();
  });

  await test.step('nothing was merged, and choosing the file again opens the review', async () => {
    expect({
      vendors: await readStore(page, 'vendors'),
      auditLog: await readStore(page, 'auditLog'),
    }).toEqual(before);
    await review.chooseFile(colleaguePath);
    await expect(review.countRow('Vendors')).toHaveText(/Vendors\s*1\s*0\s*0/);
  });
});
