import type { Workbook } from 'exceljs';
import { builtInChecklists } from '../../shared/checklists';
import { checklistFileJson } from '../../shared/checklists/checklist-file';
import { euToolboxChecklist } from '../../shared/checklists/eu-5g-toolbox';
import { supplierRiskProfileChecklist } from '../../shared/checklists/supplier-risk-profile';
import {
  dependencySchema,
  riskSchema,
  vendorSchema,
  type Assessment,
  type ChecklistItem,
} from '../../shared/domain';
import { loadExcelJs } from '../../shared/import/libraries';
import { noRecords, writeWorkspaceFile } from './files/workspace-file';
import { expect, test } from './fixtures';
import { AssessmentPage } from './pages/AssessmentPage';
import { BackupSection } from './pages/BackupSection';
import { ChecklistsPage } from './pages/ChecklistsPage';
import { expectFullyInView, scrollRowIntoView } from './pages/dialog-fit';
import { FILE_READ_TIMEOUT } from './pages/file-reading';
import { MergeReview } from './pages/MergeReview';
import { QuestionnaireReview } from './pages/QuestionnaireReview';

/**
 * Every dialog that can hold long content fits a 1280 × 800 window with its actions in view: long lists
 * and tables scroll inside the dialog, its closing buttons stay in a footer, and the buttons of each row
 * (Accept, Reject, Take theirs) are not cut off by a table wider than the dialog.
 */
test.use({ viewport: { width: 1280, height: 800 } });

const at = '2026-01-05T09:00:00.000Z';
const later = '2026-01-10T09:00:00.000Z';
const meta = () => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at });

const nordic = vendorSchema.parse({ ...meta(), name: 'Nordic Radio', hqCountry: 'FI' });
const baltic = vendorSchema.parse({ ...meta(), name: 'Baltic Fibre', hqCountry: 'EE' });
const dependencies = Array.from({ length: 40 }, (_, index) =>
  dependencySchema.parse({
    ...meta(),
    name: `Radio access site ${index + 1} — baseband units, remote radio heads and their element manager`,
    vendorId: nordic.id,
    kind: 'hardware',
    domain: 'ran',
    criticality: 4,
    substitutability: 'hard',
  }),
);
const risk = riskSchema.parse({
  ...meta(),
  title:
    `${'A single radio vendor across the whole northern region, with no second source qualified '.repeat(2)}`.slice(
      0,
      200,
    ),
  category: 'concentration',
  vendorIds: [nordic.id],
  likelihood: 3,
  impact: 4,
});
/** In review, its six criteria rated: approving it lists the vendor's ratings that change. */
const profile: Assessment = {
  ...meta(),
  checklistId: supplierRiskProfileChecklist.id,
  checklistVersion: supplierRiskProfileChecklist.version,
  subject: { type: 'vendor', id: nordic.id },
  status: 'in-review',
  answers: Object.fromEntries(
    ['srp-c1a', 'srp-c1b', 'srp-c1c', 'srp-c1d', 'srp-c2', 'srp-c3'].map((id) => [
      id,
      { value: 3, evidenceIds: [] },
    ]),
  ),
  conclusion: 'warning',
  reviewer: 'Paul Keller',
  revision: 1,
};
/** A draft of the longest built-in checklist: its questionnaire comes back with every item answered. */
const toolbox: Assessment = {
  ...meta(),
  checklistId: euToolboxChecklist.id,
  checklistVersion: euToolboxChecklist.version,
  subject: { type: 'vendor', id: baltic.id },
  status: 'draft',
  answers: {},
  revision: 1,
};

const vendorAnswer = (item: ChecklistItem): string | number | Date =>
  item.answerType === 'maturity' ? 3 : item.answerType === 'date' ? new Date(Date.UTC(2026, 5, 30)) : 'yes';

/** The vendor fills every Answer and Comment cell of the questionnaire sheet. */
const fillQuestionnaire = (workbook: Workbook): void => {
  const sheet = workbook.getWorksheet('Questionnaire');
  if (!sheet) throw new Error('The questionnaire sheet is missing');
  const headers = sheet.getRow(1).values as unknown[];
  const items = euToolboxChecklist.sections.flatMap((section) => section.items);
  items.forEach((item, index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(headers.indexOf('Answer')).value = vendorAnswer(item);
    row.getCell(headers.indexOf('Comment')).value =
      'Covered by the framework agreement of 2024, annex 7 (security obligations), and by the audit report of March 2026, section 4.';
  });
};

test('dialogs with long content fit 1280 × 800 with their actions in view', async ({
  page,
  app,
}, testInfo) => {
  test.slow();
  const backup = new BackupSection(page);
  const merge = new MergeReview(page);
  const checklists = new ChecklistsPage(page);
  const assessment = new AssessmentPage(page);
  const questionnaire = new QuestionnaireReview(page);
  const dialog = page.getByRole('dialog');
  const seedPath = testInfo.outputPath('seed.zip');
  const colleaguePath = testInfo.outputPath('colleague.zip');
  const records = {
    ...noRecords(),
    vendors: [nordic, baltic],
    dependencies,
    risks: [risk],
    assessments: [profile, toolbox],
  };
  await writeWorkspaceFile(seedPath, records, later);
  await writeWorkspaceFile(
    colleaguePath,
    {
      ...records,
      dependencies: dependencies.map((dependency) => ({
        ...dependency,
        notes: 'Swapped for the 2026 hardware generation.',
        updatedAt: later,
      })),
    },
    later,
  );

  await test.step('restore: the confirmation of a workspace with every table', async () => {
    await app.open('/settings');
    await backup.chooseBackup(seedPath);
    await expect(backup.confirmDialog).toBeVisible({ timeout: FILE_READ_TIMEOUT });
    await expectFullyInView(backup.confirmDialog.getByRole('button', { name: 'Cancel' }), 'Cancel');
    await expectFullyInView(backup.replace, 'Replace the workspace');
    await backup.replace.click();
    await expect(page.getByText(/^Workspace restored from the backup of/)).toBeVisible({
      timeout: FILE_READ_TIMEOUT,
    });
  });

  await test.step('merge review: 40 records changed on both sides', async () => {
    await merge.chooseFile(colleaguePath);
    await expectFullyInView(merge.dialog.getByRole('button', { name: 'Cancel' }), 'Cancel');
    await expectFullyInView(merge.confirm, 'Merge');
    const first = merge.conflict(dependencies[0]!.name);
    await scrollRowIntoView(first);
    await expectFullyInView(first.getByText('Take theirs'), 'Take theirs');
    await expectFullyInView(first.getByText('Keep mine'), 'Keep mine');
    await expectFullyInView(merge.confirm, 'Merge, with the conflicts scrolled into view');
    await merge.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(merge.dialog).toBeHidden();
  });

  await test.step('checklist import: a file refused with a problem per item', async () => {
    const bad = JSON.parse(checklistFileJson(builtInChecklists)) as {
      checklists: { id: string; sections: { items: { weight: number }[] }[] }[];
    };
    for (const checklist of bad.checklists) {
      checklist.id = crypto.randomUUID();
      for (const section of checklist.sections) for (const item of section.items) item.weight = 0;
    }
    await checklists.open();
    await checklists.importFile('weights.json', JSON.stringify(bad));
    await expect(checklists.rejection).toBeVisible({ timeout: FILE_READ_TIMEOUT });
    await expectFullyInView(checklists.rejection.getByRole('button', { name: 'Close' }), 'Close');
    await checklists.rejection.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('questionnaire review: every item of the EU 5G Toolbox answered back', async () => {
    await page.goto(`./#/checklists/assessments/${toolbox.id}`);
    const download = await questionnaire.export();
    const workbook = new (await loadExcelJs()).Workbook();
    await workbook.xlsx.readFile(await download.path());
    fillQuestionnaire(workbook);
    const filledPath = testInfo.outputPath('toolbox-filled.xlsx');
    await workbook.xlsx.writeFile(filledPath);
    await questionnaire.import(filledPath, 'toolbox-filled.xlsx');
    const first = questionnaire.proposals.getByRole('row').nth(1);
    await scrollRowIntoView(first);
    await expectFullyInView(first.getByRole('button', { name: /^Accept the answer/ }), 'Accept');
    await expectFullyInView(first.getByRole('button', { name: /^Reject the answer/ }), 'Reject');
    await expectFullyInView(questionnaire.acceptAll, 'Accept all');
    await expectFullyInView(questionnaire.close, 'Close');
    await questionnaire.closeReview();
  });

  await test.step('approval: the sovereignty ratings that change, the next review and the approver', async () => {
    await page.goto(`./#/checklists/assessments/${profile.id}`);
    await assessment.approve.click();
    await expect(dialog.getByRole('table', { name: 'Sovereignty ratings that change' })).toBeVisible();
    await expectFullyInView(dialog.getByRole('button', { name: 'Cancel' }), 'Cancel');
    await expectFullyInView(dialog.getByRole('button', { name: 'Approve', exact: true }), 'Approve');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('deletions: a vendor 40 dependencies use, one of them, a risk with a long title', async () => {
    const cases = [
      { path: `/vendors/${nordic.id}`, confirm: 'Delete vendor' },
      { path: `/dependencies/${dependencies[0]!.id}`, confirm: 'Delete dependency' },
      { path: `/risks/${risk.id}`, confirm: 'Delete risk' },
    ];
    for (const { path, confirm } of cases) {
      await app.open(path);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await expectFullyInView(dialog.getByRole('button', { name: 'Cancel' }), `Cancel (${confirm})`);
      await expectFullyInView(dialog.getByRole('button', { name: confirm }), confirm);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    }
  });
});
