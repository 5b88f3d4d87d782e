import { createHash } from 'node:crypto';
import { expect, readStore, test } from './fixtures';
import { AssessmentPage } from './pages/AssessmentPage';
import { StartAssessmentDialog } from './pages/StartAssessmentDialog';
import { SubjectAssessmentList } from './pages/SubjectAssessmentList';
import { VendorForm } from './pages/VendorForm';

interface StoredAnswer {
  value: unknown;
  comment?: string;
  evidenceIds: string[];
  answeredBy?: string;
}
interface StoredAssessment {
  id: string;
  status: string;
  revision: number;
  previousId?: string;
  conclusion?: string;
  reviewer?: string;
  approvedBy?: string;
  approvedAt?: string;
  answers: Record<string, StoredAnswer>;
}
interface StoredEvidence {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  validUntil?: string;
}
interface StoredRisk {
  title: string;
  category: string;
  vendorIds: string[];
  source?: { assessmentId: string; itemId: string };
}
interface StoredVendor {
  name: string;
  sovereignty: Record<string, number | null>;
}
interface StoredEvent {
  table: string;
  recordId: string;
  changes?: Record<string, [unknown, unknown]>;
}

const stateLinks = 'How strong is the link between the vendor and the government of a non-EU country?';
const ownershipConcern = "How much concern does the vendor's corporate ownership raise?";
const ownershipTraced = "Has the vendor's ownership chain been traced to its ultimate owners and recorded?";
const evidenceText = 'Registry extract, Core Systems AB, 2026-11-02';

test('a supplier risk profile runs from start to approval, updates the vendor and reopens as revision 2', async ({
  page,
  app,
  settings,
}) => {
  const vendorForm = new VendorForm(page);
  const assessments = new SubjectAssessmentList(page);
  const start = new StartAssessmentDialog(page);
  const assessment = new AssessmentPage(page);

  await test.step('the assessor names themself and records the vendor', async () => {
    await app.open('/settings');
    await settings.userName.fill('Ines Moreau');
    await settings.saveAndConfirm();
    await vendorForm.record('Core Systems', 'Sweden', 'first');
  });

  await test.step('a supplier risk profile is started from the vendor page', async () => {
    await assessments.startAssessment.click();
    await start.chooseChecklist('Supplier risk profile');
    await start.startAndOpen();
    await expect(assessment.status).toHaveText('Draft');
    await expect(assessment.completion).toContainText('0%');
    await expect(assessment.score).toContainText('—');
  });

  await test.step('answers update progress and score at once (a concern of 3 scores 0.25, a "no" 0)', async () => {
    await assessment.answer(stateLinks, '3');
    await assessment.answer(ownershipTraced, 'No');
    await expect(assessment.score).toContainText('12.5%');
    await expect(assessment.completion).toContainText(/2 of \d+ items answered/);
    await assessment.comment(ownershipTraced, 'Chain stops at a Cayman holding.');
  });

  await test.step('a comment typed and left at once, without a pause, survives a reload', async () => {
    await assessment
      .item(stateLinks)
      .getByRole('textbox', { name: /^Comment on item / })
      .fill('Board seat held by a state fund.');
    await page.reload();
    await expect(assessment.item(stateLinks).getByRole('textbox', { name: /^Comment on item / })).toHaveValue(
      'Board seat held by a state fund.',
    );
    // Kept on this machine through the reload, then written to the workspace.
    await expect
      .poll(
        async () => (await readStore<StoredAssessment>(page, 'assessments'))[0]?.answers['srp-c1a']?.comment,
      )
      .toBe('Board seat held by a state fund.');
  });

  await test.step('one evidence file is attached with its validity date', async () => {
    await assessment.attachEvidence(
      ownershipConcern,
      { name: 'registry.pdf', text: evidenceText },
      '2027-06-30',
    );
    await expect(
      assessment.item(ownershipConcern).getByRole('button', { name: 'registry.pdf', exact: true }),
    ).toBeVisible();
    await expect(assessment.item(ownershipConcern)).toContainText('Valid until');
  });

  await test.step('the "no" becomes a risk under a short title edited before saving, linked back to the answer', async () => {
    const dialog = await assessment.openRaiseFinding(ownershipTraced);
    const title = dialog.getByRole('textbox', { name: 'Risk title' });
    await expect(title).toHaveValue(
      "Core Systems: Has the vendor's ownership chain been traced to its ultimate owners and recorded",
    );
    await title.fill('Core Systems: ownership chain not traced');
    await dialog.getByRole('button', { name: 'Raise the risk' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      assessment
        .item(ownershipTraced)
        .getByRole('link', { name: 'Core Systems: ownership chain not traced' }),
    ).toBeVisible();
    const [risk] = await readStore<StoredRisk>(page, 'risks');
    expect(risk).toMatchObject({
      title: 'Core Systems: ownership chain not traced',
      source: { itemId: 'srp-c1c-ownership-traced' },
    });
  });

  await test.step('the risk page says where the risk came from and links back to the assessment', async () => {
    const assessmentUrl = page.url();
    await assessment
      .item(ownershipTraced)
      .getByRole('link', { name: 'Core Systems: ownership chain not traced' })
      .click();
    await expect(
      page.getByRole('heading', { name: 'Core Systems: ownership chain not traced' }),
    ).toBeVisible();
    await expect(
      page.getByText(
        "Raised from Supplier risk profile item EU-5G-CRA-C1c (our lettering of the 2019 CRA criteria): Has the vendor's ownership chain been traced to its ultimate owners and recorded? on",
      ),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Supplier risk profile — Core Systems' }).click();
    await expect(page).toHaveURL(assessmentUrl);
  });

  await test.step('it is concluded, reviewed and approved, with the vendor ratings updated', async () => {
    await assessment.chooseConclusion('Warning');
    await assessment.nameStep(assessment.submit, 'Reviewer', 'Paul Keller', 'Submit for review');
    await expect(assessment.status).toHaveText('In review');
    await assessment.approve.click();
    // Not pre-filled with the current user: someone other than Ines, who answered it, signs it off.
    await expect(assessment.stepDialog.getByLabel('Approver')).toHaveValue('');
    await assessment.stepDialog.getByLabel('Approver').fill('Claire Dubois');
    await expect(
      assessment.stepDialog.getByRole('table', { name: 'Sovereignty ratings that change' }),
    ).toContainText('C1a — Link to a non-EU government');
    await expect(
      assessment.stepDialog.getByRole('checkbox', {
        name: /^Update the sovereignty ratings of Core Systems/,
      }),
    ).toBeChecked();
    await assessment.stepDialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(assessment.stepDialog).toBeHidden();
    await expect(assessment.status).toHaveText('Approved');
    await expect(assessment.item(stateLinks).getByRole('radio', { name: '2', exact: true })).toBeDisabled();
  });

  let firstId = '';
  await test.step('everything is persisted, once', async () => {
    const [stored] = await readStore<StoredAssessment>(page, 'assessments');
    firstId = stored?.id ?? '';
    expect(stored).toMatchObject({
      status: 'approved',
      revision: 1,
      conclusion: 'warning',
      reviewer: 'Paul Keller',
      approvedBy: 'Claire Dubois',
    });
    expect(stored?.answers['srp-c1a']).toMatchObject({ value: 3, answeredBy: 'Ines Moreau' });
    expect(stored?.answers['srp-c1c-ownership-traced']).toMatchObject({
      value: 'no',
      comment: 'Chain stops at a Cayman holding.',
    });
    const [evidence] = await readStore<StoredEvidence>(page, 'evidence');
    expect(evidence).toMatchObject({
      fileName: 'registry.pdf',
      size: evidenceText.length,
      sha256: createHash('sha256').update(evidenceText).digest('hex'),
      validUntil: '2027-06-30',
    });
    expect(stored?.answers['srp-c1c']?.evidenceIds).toEqual([evidence?.id]);
    const risks = await readStore<StoredRisk>(page, 'risks');
    expect(risks).toHaveLength(1);
    expect(risks[0]).toMatchObject({
      category: 'sovereignty',
      source: { assessmentId: firstId, itemId: 'srp-c1c-ownership-traced' },
    });
    const [vendor] = await readStore<StoredVendor>(page, 'vendors');
    expect(vendor?.sovereignty).toMatchObject({ c1a: 3, c1b: null });
    expect(risks[0]?.vendorIds).toHaveLength(1);
    const steps = (await readStore<StoredEvent>(page, 'auditLog'))
      .filter((event) => event.recordId === firstId)
      .map((event) => event.changes?.status?.[1])
      .filter(Boolean);
    expect(steps.sort()).toEqual(['approved', 'draft', 'in-review']);
  });

  await test.step('reopening creates revision 2 and keeps revision 1 approved', async () => {
    await assessment.reopen.click();
    await expect(page).not.toHaveURL(new RegExp(firstId));
    await expect(assessment.status).toHaveText('Draft');
    await assessment.answer(stateLinks, '2');
    await expect(assessment.history).toContainText('Revision 1');
    await expect(assessment.history).toContainText(`${stateLinks} — 3 / 4 → 2 / 4 (answer)`);
  });

  await test.step('after a reload both revisions and the change are still there', async () => {
    await page.reload();
    await expect(assessment.status).toHaveText('Draft');
    await expect(assessment.item(stateLinks).getByRole('radio', { name: '2', exact: true })).toBeChecked();
    await expect(assessment.history).toContainText(`${stateLinks} — 3 / 4 → 2 / 4 (answer)`);
    await expect(assessment.auditHistory).toContainText(`1.1 ${stateLinks}: 3 / 4 → 2 / 4`);
    const stored = await readStore<StoredAssessment>(page, 'assessments');
    const second = stored.find((row) => row.revision === 2);
    expect(second).toMatchObject({ status: 'draft', previousId: firstId });
    expect(second?.answers['srp-c1a']?.value).toBe(2);
    expect(stored.find((row) => row.id === firstId)?.answers['srp-c1a']?.value).toBe(3);
  });
});
