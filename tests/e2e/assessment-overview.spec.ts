import { expect, readStore, test } from './fixtures';
import { AssessmentDashboardList } from './pages/AssessmentDashboardList';
import { AssessmentListPage } from './pages/AssessmentListPage';
import { StartAssessmentDialog } from './pages/StartAssessmentDialog';
import { SubjectAssessmentList } from './pages/SubjectAssessmentList';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

interface AssessmentRow {
  id: string;
  checklistId: string;
  subject: { type: string; id: string };
  status: string;
  dueDate?: string;
  revision: number;
}
interface AuditRow {
  table: string;
  recordId: string;
  action: string;
}

const supplierRiskProfileId = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea502';

test('an overdue assessment started from a vendor shows on its page, in the list and on the Dashboard', async ({
  page,
}) => {
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const subjectList = new SubjectAssessmentList(page);
  const dialog = new StartAssessmentDialog(page);
  const list = new AssessmentListPage(page);
  const dashboard = new AssessmentDashboardList(page);

  await test.step('a vendor is created; its page has no assessment yet', async () => {
    await vendors.open();
    await vendors.addFirstVendor.click();
    await vendorForm.name.fill('Dragon Networks');
    await vendorForm.chooseCountry('China');
    await vendorForm.saveAndConfirm('Dragon Networks');
    await expect(subjectList.section).toContainText('No assessment of this record yet.');
  });

  await test.step('starting without a checklist names the missing field and writes nothing', async () => {
    await subjectList.startAssessment.click();
    await expect(dialog.dialog).toContainText('Vendor assessed: Dragon Networks');
    await dialog.start.click();
    await expect(dialog.dialog.getByText('This field is required.')).toBeVisible();
    expect(await readStore(page, 'assessments')).toEqual([]);
  });

  await test.step('a supplier risk profile due in the past is started and opened', async () => {
    await dialog.chooseChecklist('Supplier risk profile');
    await dialog.dueDate.fill('2025-01-15');
    await dialog.startAndOpen();
  });

  await test.step('the vendor page lists it as a draft, overdue', async () => {
    await page.goBack();
    const row = subjectList.row('Supplier risk profile');
    await expect(row).toContainText('Draft');
    await expect(row).toContainText('Overdue');
    await expect(row).toContainText('Not concluded');
  });

  await test.step('the assessments list shows it overdue, and keeps it under "Overdue only"', async () => {
    await list.open();
    const row = list.row('Dragon Networks');
    await expect(row).toContainText('Vendor');
    await expect(row).toContainText('Supplier risk profile');
    await expect(row).toContainText('Draft');
    await expect(row).toContainText('0%');
    await expect(row).toContainText('Overdue');
    await list.overdueOnly.check();
    await expect(list.bodyRows).toHaveCount(1);
    await expect(row).toBeVisible();
  });

  await test.step('the Dashboard lists it overdue and counts the vendor in progress, none assessed', async () => {
    await page.goto('./#/');
    await expect(dashboard.due).toContainText('1 overdue');
    await expect(
      dashboard.due.getByRole('link', { name: 'Dragon Networks — Supplier risk profile' }),
    ).toBeVisible();
    const coverage = dashboard.coverageRow('Supplier risk profile');
    await expect(coverage.getByRole('cell').nth(1)).toHaveText('0 / 1 (0%)');
    await expect(coverage.getByRole('cell').nth(2)).toHaveText('1');
    await expect(dashboard.coverageRow('Licence and IP due diligence').getByRole('cell').nth(1)).toHaveText(
      '0 / 0 (no record of this kind)',
    );
  });

  await test.step('the assessment is persisted as a draft of the vendor, with its audit event', async () => {
    await page.reload();
    const [vendor] = await readStore<{ id: string }>(page, 'vendors');
    const stored = await readStore<AssessmentRow>(page, 'assessments');
    expect(stored).toEqual([
      expect.objectContaining({
        checklistId: supplierRiskProfileId,
        subject: { type: 'vendor', id: vendor?.id },
        status: 'draft',
        dueDate: '2025-01-15',
        revision: 1,
      }),
    ]);
    const audit = (await readStore<AuditRow>(page, 'auditLog')).filter(
      (event) => event.table === 'assessments',
    );
    expect(audit).toEqual([expect.objectContaining({ action: 'create', recordId: stored[0]?.id })]);
  });
});

test('an assessment started from a checklist page assesses the record chosen, with no due date', async ({
  page,
}) => {
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const dialog = new StartAssessmentDialog(page);
  const list = new AssessmentListPage(page);
  const nis2Id = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea503';

  await test.step('a vendor exists', async () => {
    await vendors.open();
    await vendors.addFirstVendor.click();
    await vendorForm.name.fill('Nordic Radio');
    await vendorForm.chooseCountry('Finland');
    await vendorForm.saveAndConfirm('Nordic Radio');
  });

  await test.step('the NIS2 checklist page starts an assessment of the vendor chosen', async () => {
    await page.goto(`./#/checklists/${nis2Id}`);
    await page.getByRole('button', { name: 'Start an assessment' }).click();
    await expect(dialog.dialog).toContainText('Checklist: NIS2 supply-chain security (2026.2)');
    await dialog.chooseSubject('Vendor to assess', 'Nordic Radio');
    await dialog.startAndOpen();
  });

  await test.step('the list shows it as a draft, not due', async () => {
    await list.open();
    const row = list.row('Nordic Radio');
    await expect(row).toContainText('NIS2 supply-chain security');
    await expect(row).not.toContainText('Overdue');
    const [vendor] = await readStore<{ id: string }>(page, 'vendors');
    const stored = await readStore<AssessmentRow>(page, 'assessments');
    expect(stored).toEqual([
      expect.objectContaining({ checklistId: nis2Id, subject: { type: 'vendor', id: vendor?.id } }),
    ]);
    expect(stored[0]?.dueDate).toBeUndefined();
  });
});
