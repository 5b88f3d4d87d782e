import { expect, readStore, test } from './fixtures';
import { AssessmentPage } from './pages/AssessmentPage';
import { CalendarPage } from './pages/CalendarPage';
import { DashboardPage } from './pages/DashboardPage';
import { Reminders } from './pages/Reminders';
import { ReviewCyclesSection } from './pages/ReviewCyclesSection';
import { RiskForm } from './pages/RiskForm';
import { RiskReview } from './pages/RiskReview';
import { RisksPage } from './pages/RisksPage';
import { StartAssessmentDialog } from './pages/StartAssessmentDialog';
import { SubjectAssessmentList } from './pages/SubjectAssessmentList';
import { VendorForm } from './pages/VendorForm';

interface SettingsRow {
  key: string;
  tiers?: Record<string, number>;
}
interface AssessmentRow {
  id: string;
  status: string;
  nextReviewDate?: string;
}
interface RiskRow {
  id: string;
  reviewDate?: string;
}
interface AuditRow {
  table: string;
  recordId: string;
  actor: string;
  changes?: Record<string, [unknown, unknown]>;
}

/** "Today" for both tests: 31 January 2026, noon UTC, so the date is the same in any nearby time zone. */
const today = new Date('2026-01-31T12:00:00Z');

/** The events of an .ics file, each as its properties (RFC 5545: unfold, then NAME[;PARAMS]:VALUE). */
const icsEvents = (text: string): Record<string, string>[] =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((block) =>
      Object.fromEntries(
        block
          .split('\r\n')
          .filter((line) => line.includes(':'))
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
      ),
    );

test('approving an assessment schedules its next review from the review cycles, shown on the calendar and exported as .ics', async ({
  page,
  app,
  settings,
}) => {
  await page.clock.setFixedTime(today);
  const cycles = new ReviewCyclesSection(page);
  const vendorForm = new VendorForm(page);
  const subjectAssessments = new SubjectAssessmentList(page);
  const start = new StartAssessmentDialog(page);
  const assessment = new AssessmentPage(page);
  const calendar = new CalendarPage(page);
  let assessmentId = '';

  await test.step('Settings: the user names themself; vendors that supply nothing yet are reviewed every 6 months', async () => {
    await app.open('/settings');
    await settings.userName.fill('Ines Moreau');
    await settings.saveAndConfirm();
    await expect(cycles.months('Vital (5)')).toHaveValue('12 months');
    await cycles.months('Supplies nothing yet').fill('6');
    await cycles.saveAndConfirm();
    const stored = (await readStore<SettingsRow>(page, 'settings')).find(
      (row) => row.key === 'review-cycles',
    );
    expect(stored?.tiers).toEqual({ '5': 12, '4': 12, '3': 24, '2': 36, '1': 36, none: 6 });
  });

  await test.step('a new vendor supplies nothing yet: its page gives its tier and cycle; its supplier risk profile is submitted', async () => {
    await vendorForm.record('Dragon Networks', 'China', 'first');
    await expect(
      page
        .getByRole('term')
        .filter({ hasText: /^Review tier$/ })
        .locator('xpath=following-sibling::dd[1]'),
    ).toHaveText('Supplies nothing yet: assessed again 6 months after each approval.');
    await subjectAssessments.startAssessment.click();
    await start.chooseChecklist('Supplier risk profile');
    await start.startAndOpen();
    await assessment.chooseConclusion('Warning');
    await assessment.nameStep(assessment.submit, 'Reviewer', 'Paul Keller', 'Submit for review');
  });

  await test.step('the approval dialog proposes the next review 6 months on, and says why', async () => {
    await assessment.approve.click();
    const nextReview = assessment.stepDialog.getByLabel('Next review');
    await expect(nextReview).toHaveValue('2026-07-31');
    await expect(assessment.stepDialog).toContainText(
      'Proposed: 6 months from today, the cycle of tier Supplies nothing yet',
    );
    await assessment.stepDialog.getByLabel('Approver').fill('Claire Dubois');
    await assessment.stepDialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(assessment.stepDialog).toBeHidden();
    await expect(assessment.status).toHaveText('Approved');
    await expect(page.getByRole('alert', { name: 'Approved and locked' })).toContainText(
      'Next review due on Jul 31, 2026.',
    );
    const [stored] = await readStore<AssessmentRow>(page, 'assessments');
    expect(stored).toMatchObject({ status: 'approved', nextReviewDate: '2026-07-31' });
    assessmentId = stored?.id ?? '';
  });

  await test.step('the calendar shows the next review on 31 July, linked to the assessment', async () => {
    await app.goTo('Calendar');
    await expect(calendar.monthTitle).toHaveText('January 2026');
    await calendar.goToMonth('July 2026');
    const entry = calendar
      .day('Friday, July 31, 2026')
      .getByRole('link', { name: /^Next review: Dragon Networks \(Supplier risk profile\)/ });
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(page).toHaveURL(new RegExp(`#/checklists/assessments/${assessmentId}$`));
  });

  await test.step('unchecking its kind hides it; the list over 12 months shows it', async () => {
    await app.goTo('Calendar');
    await expect(calendar.monthTitle).toHaveText('July 2026');
    await calendar.toggleKind('Next review', false);
    await expect(calendar.day('Friday, July 31, 2026').getByRole('link')).toHaveCount(0);
    await calendar.toggleKind('Next review', true);
    await calendar.showList('12 months');
    await expect(calendar.monthTitle).toHaveText('July 2026 – June 2027');
    await expect(calendar.row('Dragon Networks')).toContainText('Jul 31, 2026');
    await expect(calendar.row('Dragon Networks')).toContainText('Upcoming');
  });

  await test.step('the .ics export holds the entry as an all-day event with a stable UID', async () => {
    const { fileName, text } = await calendar.exportFile();
    expect(fileName).toBe('diligence-workbench-calendar-2026-07-01-2027-06-30.ics');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const events = icsEvents(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      UID: `assessment-review:${assessmentId}@diligence-workbench`,
      'DTSTART;VALUE=DATE': '20260731',
      'DTEND;VALUE=DATE': '20260801',
      DTSTAMP: '20260131T120000Z',
      SUMMARY: 'Next review: Dragon Networks (Supplier risk profile)',
    });
  });
});

test('marking a risk reviewed rolls its review date forward, and the Dashboard reminds of what is due', async ({
  page,
  app,
  settings,
}) => {
  await page.clock.setFixedTime(today);
  const vendorForm = new VendorForm(page);
  const risks = new RisksPage(page);
  const form = new RiskForm(page);
  const dashboard = new DashboardPage(page);
  const reminders = new Reminders(page);
  const review = new RiskReview(page);
  const calendar = new CalendarPage(page);
  const title = 'Remote access by the vendor';

  await test.step('a risk is recorded with a review date past and an action due in 10 days', async () => {
    await app.open('/settings');
    await settings.userName.fill('Ines Moreau');
    await settings.saveAndConfirm();
    await vendorForm.record('Dragon Networks', 'China', 'first');
    await risks.open();
    await risks.newRisk.click();
    await form.title.fill(title);
    await form.choose(form.category, 'Security');
    await form.choose(form.likelihood, /^3 · /);
    await form.choose(form.impact, /^4 · /);
    await form.reviewDate.fill('2026-01-20');
    await form.addActionEntry('Close the vendor VPN', 'NOC', '2026-02-10');
    await form.saveAndConfirm(title);
  });

  await test.step('the Dashboard reminds of the overdue review and the action due soon', async () => {
    await dashboard.open();
    await expect(reminders.section).toContainText('1 overdue');
    await expect(reminders.section).toContainText('1 due within 30 days');
    const items = reminders.list.getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText(`Jan 20, 2026Risk review: ${title}Overdue`);
    await expect(items.nth(1)).toContainText(`Feb 10, 2026Action due: Close the vendor VPN (${title})`);
  });

  await test.step('the reminder opens the risk, which is marked reviewed: 3 months on by default', async () => {
    await reminders.list.getByRole('link', { name: `Risk review: ${title}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await review.markReviewed.click();
    await expect(review.nextReview).toHaveValue('2026-04-30');
    await expect(review.dialog).toContainText('Proposed: 3 months from today, the default');
    await review.confirm();
    await expect(review.reviewDate).toHaveText('Apr 30, 2026');
    await expect(page.getByText('Last reviewed on Jan 31, 2026 by Ines Moreau.')).toBeVisible();
  });

  await test.step('the new date and the review itself are persisted, in the audit trail', async () => {
    const [risk] = await readStore<RiskRow>(page, 'risks');
    expect(risk?.reviewDate).toBe('2026-04-30');
    const reviews = (await readStore<AuditRow>(page, 'auditLog')).filter(
      (event) => event.table === 'risks' && event.recordId === risk?.id && event.changes?.reviewedOn,
    );
    expect(reviews).toEqual([
      expect.objectContaining({
        actor: 'Ines Moreau',
        changes: { reviewDate: ['2026-01-20', '2026-04-30'], reviewedOn: [null, '2026-01-31'] },
      }),
    ]);
  });

  await test.step('a second review the same day takes the date the reviewer chooses', async () => {
    await review.markReviewed.click();
    await review.nextReview.fill('2026-06-15');
    await review.confirm();
    await expect(review.reviewDate).toHaveText('Jun 15, 2026');
    const [risk] = await readStore<RiskRow>(page, 'risks');
    expect(risk?.reviewDate).toBe('2026-06-15');
  });

  await test.step('the Dashboard no longer counts the review; the calendar shows it in June', async () => {
    await dashboard.open();
    await expect(reminders.section).toContainText('0 overdue');
    await expect(reminders.list.getByRole('listitem')).toHaveCount(1);
    await calendar.open();
    await calendar.goToMonth('June 2026');
    await expect(
      calendar.day('Monday, June 15, 2026').getByRole('link', { name: new RegExp(`^Risk review: ${title}`) }),
    ).toBeVisible();
  });
});
