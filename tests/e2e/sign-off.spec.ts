import { expect, readStore, test } from './fixtures';
import { AssessmentPage } from './pages/AssessmentPage';
import { ReportsPage } from './pages/ReportsPage';
import { SignOffSection } from './pages/SignOffSection';
import { StartAssessmentDialog } from './pages/StartAssessmentDialog';
import { SubjectAssessmentList } from './pages/SubjectAssessmentList';
import { VendorForm } from './pages/VendorForm';

interface AssessmentRow {
  id: string;
  status: string;
  approvedBy?: string;
  selfApproval?: string;
}
interface SettingsRow {
  key: string;
  singlePersonSignOff?: boolean;
}
interface AuditRow {
  table: string;
  recordId: string;
  actor: string;
  changes?: Record<string, [unknown, unknown]>;
}

const stateLinks = 'How strong is the link between the vendor and the government of a non-EU country?';

test('an assessor cannot approve their own assessment unless Settings allow single-person sign-off, which the report then says', async ({
  page,
  app,
  settings,
}) => {
  const vendorForm = new VendorForm(page);
  const subjectAssessments = new SubjectAssessmentList(page);
  const start = new StartAssessmentDialog(page);
  const assessment = new AssessmentPage(page);
  const signOff = new SignOffSection(page);
  const reports = new ReportsPage(page);
  let assessmentUrl = '';

  await test.step('Ines names herself, starts and answers a supplier risk profile and submits it', async () => {
    await app.open('/settings');
    await settings.userName.fill('Ines Moreau');
    await settings.saveAndConfirm();
    await expect(signOff.singlePerson).not.toBeChecked();
    await expect(signOff.section).toContainText('Off (recommended)');
    await vendorForm.record('Nordic Radio', 'Sweden', 'first');
    await subjectAssessments.startAssessment.click();
    await start.chooseChecklist('Supplier risk profile');
    await start.startAndOpen();
    assessmentUrl = page.url();
    await assessment.answer(stateLinks, '1');
    await assessment.chooseConclusion('OK');
    await assessment.nameStep(assessment.submit, 'Reviewer', 'Paul Keller', 'Submit for review');
    await expect(assessment.status).toHaveText('In review');
  });

  await test.step('the approver is not pre-filled; Ines, however she types her name, is refused', async () => {
    await assessment.approve.click();
    const approver = assessment.stepDialog.getByLabel('Approver');
    const confirm = assessment.stepDialog.getByRole('button', { name: 'Approve', exact: true });
    await expect(approver).toHaveValue('');
    await approver.fill('ines  MOREAU');
    await expect(assessment.stepDialog.getByRole('alert')).toHaveText(
      'ines MOREAU created this assessment, so cannot approve it too: someone else must, or single-person sign-off must be allowed in Settings → Sign-off.',
    );
    await expect(confirm).toBeDisabled();
    await assessment.stepDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(assessment.stepDialog).toBeHidden();
    const [stored] = await readStore<AssessmentRow>(page, 'assessments');
    expect(stored).toMatchObject({ status: 'in-review' });
    expect(stored?.approvedBy).toBeUndefined();
  });

  await test.step('Settings: single-person sign-off is allowed, and who allowed it is on record', async () => {
    await app.open('/settings');
    await signOff.allowSinglePerson(true);
    const rows = await readStore<SettingsRow>(page, 'settings');
    expect(rows.find((row) => row.key === 'sign-off')).toEqual({
      key: 'sign-off',
      singlePersonSignOff: true,
    });
    const events = await readStore<AuditRow>(page, 'auditLog');
    expect(events.find((event) => event.recordId === 'sign-off')).toMatchObject({
      table: 'settings',
      actor: 'Ines Moreau',
      changes: { singlePersonSignOff: [false, true] },
    });
  });

  await test.step('Ines may now approve; the dialog warns, and the approval is marked as signed off alone', async () => {
    await page.goto(assessmentUrl);
    await assessment.approve.click();
    await assessment.stepDialog.getByLabel('Approver').fill('Ines Moreau');
    await expect(assessment.stepDialog.getByRole('status')).toContainText(
      'Single-person sign-off: Ines Moreau created this assessment. Settings allow it',
    );
    await assessment.stepDialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(assessment.stepDialog).toBeHidden();
    await expect(assessment.status).toHaveText('Approved');
    await expect(page.getByRole('alert', { name: 'Approved and locked' })).toContainText(
      'Single-person sign-off: the approver also created this assessment.',
    );
    const [stored] = await readStore<AssessmentRow>(page, 'assessments');
    expect(stored).toMatchObject({ status: 'approved', approvedBy: 'Ines Moreau', selfApproval: 'author' });
  });

  await test.step('the board report says so in its coverage section, naming the assessment', async () => {
    await reports.open();
    await expect(reports.preview).toContainText(
      'Single-person sign-off: 1 approved assessment was signed off by the person who created it or last changed its answers',
    );
    const table = reports.preview.getByRole('table', { name: 'Assessments signed off by a single person' });
    await expect(table.getByRole('row').nth(1)).toContainText('Nordic Radio (Vendor)');
    await expect(table.getByRole('row').nth(1)).toContainText('created the assessment');
  });
});
