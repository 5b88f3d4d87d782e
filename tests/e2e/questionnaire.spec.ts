import type { Workbook, Worksheet } from 'exceljs';
import type { Page } from '@playwright/test';
import { supplierRiskProfileChecklist } from '../../shared/checklists/supplier-risk-profile';
import { loadExcelJs } from '../../shared/import/libraries';
import { expect, readStore, test } from './fixtures';
import { AssessmentPage } from './pages/AssessmentPage';
import { QuestionnaireReview } from './pages/QuestionnaireReview';
import { StartAssessmentDialog } from './pages/StartAssessmentDialog';
import { SubjectAssessmentList } from './pages/SubjectAssessmentList';
import { VendorForm } from './pages/VendorForm';

interface StoredAnswer {
  value: unknown;
  comment?: string;
  answeredBy?: string;
}
interface StoredAssessment {
  id: string;
  answers: Record<string, StoredAnswer>;
}
interface StoredEvent {
  table: string;
  recordId: string;
  actor: string;
  changes?: Record<string, [unknown, unknown]>;
}

const items = supplierRiskProfileChecklist.sections.flatMap((section) => section.items);
/** The spreadsheet row of an item: row 1 holds the headers, the items follow in checklist order. */
const rowOf = (itemId: string): number => items.findIndex((item) => item.id === itemId) + 2;
const question = (itemId: string): string => items.find((item) => item.id === itemId)?.text ?? itemId;

const stateLinks = question('srp-c1a');
const legalCompulsion = question('srp-c1b');
const ownershipTraced = question('srp-c1c-ownership-traced');
const auditDate = question('srp-c3-process-audit-date');
const ownershipComment = 'Traced to the founders through Core Holding AB; registry extracts attached.';

/** Opens the file as the vendor's spreadsheet program would. */
const openWorkbook = async (path: string): Promise<Workbook> => {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
};

/** The questionnaire sheet's cell in the item's row, under the column headed `header`. */
const cell = (sheet: Worksheet, itemId: string, header: string) => {
  const headers = sheet.getRow(1).values as unknown[];
  const column = headers.indexOf(header);
  expect(column, `column "${header}"`).toBeGreaterThan(0);
  return sheet.getRow(rowOf(itemId)).getCell(column);
};

const questionnaireSheet = (workbook: Workbook): Worksheet => {
  const sheet = workbook.getWorksheet('Questionnaire');
  if (!sheet) throw new Error('The questionnaire sheet is missing');
  return sheet;
};

const storedAssessment = async (page: Page, id: string): Promise<StoredAssessment | undefined> =>
  (await readStore<StoredAssessment>(page, 'assessments')).find((row) => row.id === id);

/** The answers each audit event of the assessment changed, as sorted lists of item ids. */
const answerChanges = async (page: Page, id: string): Promise<string[][]> =>
  (await readStore<StoredEvent>(page, 'auditLog'))
    .filter((event) => event.table === 'assessments' && event.recordId === id)
    .map((event) =>
      Object.keys(event.changes ?? {})
        .filter((key) => key.startsWith('answers.'))
        .map((key) => key.slice('answers.'.length))
        .sort(),
    )
    .filter((changed) => changed.length > 0);

const assessmentIdIn = (url: string): string => url.split('/').pop() ?? '';

test('a questionnaire goes to the vendor and back: answers reviewed one by one, bad files refused', async ({
  page,
  app,
  settings,
}, testInfo) => {
  // Each returned file is read in a worker of its own, which loads the spreadsheet library afresh.
  test.slow();
  const vendorForm = new VendorForm(page);
  const assessments = new SubjectAssessmentList(page);
  const start = new StartAssessmentDialog(page);
  const assessment = new AssessmentPage(page);
  const questionnaire = new QuestionnaireReview(page);
  const filledPath = testInfo.outputPath('core-systems-filled.xlsx');
  let assessmentId = '';

  await test.step('a supplier risk profile of Core Systems is started and one item answered', async () => {
    await app.open('/settings');
    await settings.userName.fill('Ines Moreau');
    await settings.saveAndConfirm();
    await vendorForm.record('Core Systems', 'Sweden', 'first');
    await assessments.startAssessment.click();
    await start.chooseChecklist('Supplier risk profile');
    await start.startAndOpen();
    assessmentId = assessmentIdIn(page.url());
    await assessment.answer(stateLinks, '3');
    await expect
      .poll(async () => (await storedAssessment(page, assessmentId))?.answers['srp-c1a']?.value)
      .toBe(3);
  });

  await test.step('the exported file has instructions and one row per item, the answer prefilled', async () => {
    const download = await questionnaire.export();
    expect(download.suggestedFilename()).toBe('Core Systems — Supplier risk profile questionnaire.xlsx');
    const workbook = await openWorkbook(await download.path());
    expect(workbook.getWorksheet('Instructions')).toBeDefined();
    const sheet = questionnaireSheet(workbook);
    const rows = items.map((_, index) => sheet.getRow(index + 2));
    expect(rows.map((row) => row.getCell(1).text)).toEqual(items.map((item) => item.id));
    expect(rows.map((row) => row.getCell(3).text)).toEqual(items.map((item) => item.text));
    expect(sheet.getRow(items.length + 2).getCell(1).text).toBe('');
    expect(cell(sheet, 'srp-c1a', 'Answer').text).toBe('3');

    // The vendor answers two items, dates its last audit, comments and disagrees with the assessor's 3.
    // Levels picked from the drop-down are stored as numbers, as a spreadsheet program does.
    cell(sheet, 'srp-c1a', 'Answer').value = 2;
    cell(sheet, 'srp-c1b', 'Answer').value = 1;
    cell(sheet, 'srp-c1c-ownership-traced', 'Answer').value = 'yes';
    cell(sheet, 'srp-c1c-ownership-traced', 'Comment').value = ownershipComment;
    cell(sheet, 'srp-c3-process-audit-date', 'Answer').value = new Date(Date.UTC(2026, 8, 15));
    await workbook.xlsx.writeFile(filledPath);
  });

  await test.step('its answers are listed with the current and the proposed answer, nothing saved yet', async () => {
    await questionnaire.import(filledPath, 'core-systems-filled.xlsx');
    await expect(questionnaire.proposals.getByRole('row')).toHaveCount(5);
    await expect(questionnaire.proposal(stateLinks).getByRole('cell')).toHaveText([
      String(rowOf('srp-c1a')),
      stateLinks,
      '3',
      '2',
      '',
      'AcceptReject',
    ]);
    await expect(questionnaire.proposal(ownershipTraced).getByRole('cell')).toHaveText([
      String(rowOf('srp-c1c-ownership-traced')),
      ownershipTraced,
      'No answer',
      'yes',
      ownershipComment,
      'AcceptReject',
    ]);
    await expect(questionnaire.proposal(auditDate)).toContainText('2026-09-15');
    const stored = await storedAssessment(page, assessmentId);
    expect(Object.keys(stored?.answers ?? {})).toEqual(['srp-c1a']);
  });

  await test.step('one answer is accepted, one rejected, and the rest accepted together', async () => {
    await questionnaire.accept(legalCompulsion).click();
    await expect(page.getByText('1 answer accepted.')).toBeVisible();
    await expect(questionnaire.proposal(legalCompulsion)).toHaveCount(0);
    await questionnaire.reject(stateLinks).click();
    await expect(questionnaire.proposal(stateLinks)).toHaveCount(0);
    await expect(questionnaire.acceptAll).toHaveAccessibleName('Accept all (2)');
    await questionnaire.acceptAll.click();
    await expect(page.getByText('2 answers accepted.')).toBeVisible();
    await expect(questionnaire.dialog).toContainText('Every answer from the file has been reviewed.');
    await questionnaire.closeReview();
  });

  await test.step('the page and the database hold the accepted answers only, each audited', async () => {
    await expect(assessment.item(stateLinks).getByRole('radio', { name: '3', exact: true })).toBeChecked();
    await expect(
      assessment.item(legalCompulsion).getByRole('radio', { name: '1', exact: true }),
    ).toBeChecked();
    await expect(
      assessment.item(ownershipTraced).getByRole('radio', { name: 'Yes', exact: true }),
    ).toBeChecked();
    await expect(
      assessment.item(ownershipTraced).getByRole('textbox', { name: /^Comment on item / }),
    ).toHaveValue(ownershipComment);
    const stored = await storedAssessment(page, assessmentId);
    expect(stored?.answers).toMatchObject({
      'srp-c1a': { value: 3, answeredBy: 'Ines Moreau' },
      'srp-c1b': { value: 1, answeredBy: 'Ines Moreau' },
      'srp-c1c-ownership-traced': { value: 'yes', comment: ownershipComment, answeredBy: 'Ines Moreau' },
      'srp-c3-process-audit-date': { value: '2026-09-15', answeredBy: 'Ines Moreau' },
    });
    expect(Object.keys(stored?.answers ?? {})).toHaveLength(4);
    expect(await answerChanges(page, assessmentId)).toEqual(
      expect.arrayContaining([
        ['srp-c1a'],
        ['srp-c1b'],
        ['srp-c1c-ownership-traced', 'srp-c3-process-audit-date'],
      ]),
    );
    expect(await answerChanges(page, assessmentId)).toHaveLength(3);
  });

  await test.step('a file whose question was edited is refused with its row, and nothing changes', async () => {
    const before = await storedAssessment(page, assessmentId);
    const workbook = await openWorkbook(filledPath);
    cell(questionnaireSheet(workbook), 'srp-c1b', 'Question').value = 'Is the legal system fine?';
    cell(questionnaireSheet(workbook), 'srp-c1b', 'Answer').value = '0';
    const tamperedPath = testInfo.outputPath('core-systems-edited.xlsx');
    await workbook.xlsx.writeFile(tamperedPath);
    await questionnaire.import(tamperedPath, 'core-systems-edited.xlsx');
    await expect(questionnaire.dialog).toContainText('The file was refused and nothing was changed.');
    await expect(
      questionnaire.problem(
        `Row ${rowOf('srp-c1b')}: the structure was changed: this row should hold item “srp-c1b” with its question unchanged.`,
      ),
    ).toBeVisible();
    await expect(questionnaire.problems.getByRole('row')).toHaveCount(2);
    await expect(questionnaire.acceptAll).toHaveCount(0);
    await questionnaire.closeReview();
    expect(await storedAssessment(page, assessmentId)).toEqual(before);
  });

  await test.step("a questionnaire exported from another vendor's assessment is refused, naming it", async () => {
    const before = await storedAssessment(page, assessmentId);
    const assessmentUrl = page.url();
    await vendorForm.record('Nordic Radio', 'Finland', 'new');
    await assessments.startAssessment.click();
    await start.chooseChecklist('Supplier risk profile');
    await start.startAndOpen();
    const otherPath = testInfo.outputPath('nordic-radio.xlsx');
    await (await questionnaire.export()).saveAs(otherPath);

    await page.goto(assessmentUrl);
    await expect(assessment.status).toHaveText('Draft');
    await questionnaire.import(otherPath, 'nordic-radio.xlsx');
    await expect(
      questionnaire.problem(
        'This file is for another assessment: Nordic Radio — Supplier risk profile, revision 1. Import it on that assessment.',
      ),
    ).toBeVisible();
    await expect(questionnaire.acceptAll).toHaveCount(0);
    await questionnaire.closeReview();
    expect(await storedAssessment(page, assessmentId)).toEqual(before);
  });

  await test.step('after a reload the accepted answers are still there', async () => {
    await page.reload();
    await expect(assessment.status).toHaveText('Draft');
    await expect(
      assessment.item(legalCompulsion).getByRole('radio', { name: '1', exact: true }),
    ).toBeChecked();
    await expect(
      assessment.item(ownershipTraced).getByRole('radio', { name: 'Yes', exact: true }),
    ).toBeChecked();
    await expect(assessment.item(stateLinks).getByRole('radio', { name: '3', exact: true })).toBeChecked();
    await expect(
      assessment.item(ownershipTraced).getByRole('textbox', { name: /^Comment on item / }),
    ).toHaveValue(ownershipComment);
  });
});
