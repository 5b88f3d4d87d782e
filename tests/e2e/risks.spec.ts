import { expect, readStore, test } from './fixtures';
import { RiskForm } from './pages/RiskForm';
import { RisksPage } from './pages/RisksPage';
import { VendorDetailPage } from './pages/VendorDetailPage';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

interface RiskRow {
  id: string;
  title: string;
  category: string;
  vendorIds: string[];
  likelihood: number;
  impact: number;
  residualLikelihood?: number;
  actions: { title: string; owner?: string; dueDate?: string; status: string }[];
}
interface AuditRow {
  at: string;
  table: string;
  recordId: string;
  action: string;
}

test('a sovereignty risk is recorded from a critical vendor, rated, mapped, planned and audited', async ({
  page,
}) => {
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const vendorDetail = new VendorDetailPage(page);
  const form = new RiskForm(page);
  const register = new RisksPage(page);
  const riskTitle = 'Sovereignty exposure to Dragon Networks';

  await test.step('a vendor is created and rated critical', async () => {
    await vendors.open();
    await vendors.addFirstVendor.click();
    await vendorForm.name.fill('Dragon Networks');
    await vendorForm.chooseCountry('China');
    await vendorForm.saveAndConfirm('Dragon Networks');
    await vendorDetail.rate('C1a', 4);
    await expect(vendorDetail.level('Critical')).toBeVisible();
    await vendorDetail.saveProfile();
  });

  await test.step('"Record a risk" opens a sovereignty risk prefilled from the vendor', async () => {
    await page.getByRole('link', { name: 'Record a risk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New risk' })).toBeVisible();
    await expect(form.title).toHaveValue(riskTitle);
    await expect(form.category).toHaveValue('Sovereignty');
  });

  await test.step('likelihood and impact give a live score, and an overdue action is added', async () => {
    await form.choose(form.likelihood, /^4 · Likely/);
    await form.choose(form.impact, /^5 · Severe/);
    await expect(form.score('Inherent score: 20 (Critical)')).toBeVisible();
    await expect(form.score('Residual score: 20 (Critical)')).toBeVisible();
    await form.choose(form.residualLikelihood, /^2 · Unlikely/);
    await expect(form.score('Residual score: 10 (High)')).toBeVisible();
    await form.owner.fill('CISO');
    await form.addActionEntry('Second-source the RAN', 'CTO office', '2025-01-31');
    await form.saveAndConfirm(riskTitle);
    await expect(page.getByText('Inherent: likelihood 4 × impact 5 = 20 → Critical')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Dragon Networks' })).toBeVisible();
  });

  await test.step('a second, minor risk is recorded from the register', async () => {
    await register.open();
    await register.newRisk.click();
    await form.title.fill('Fibre duct shortage');
    await form.choose(form.category, 'Supply');
    await form.choose(form.likelihood, /^1 · Rare/);
    await form.choose(form.impact, /^2 · Minor/);
    await form.saveAndConfirm('Fibre duct shortage');
  });

  await test.step('the heatmap counts the risk in its cell, and clicking the cell filters the register', async () => {
    await register.open();
    await expect(register.bodyRows).toHaveCount(2);
    await expect(register.cell(register.residualHeatmap, 2, 5, 1)).toBeVisible();
    await register.cell(register.inherentHeatmap, 4, 5, 1).click();
    await expect(register.removeCellFilter).toBeVisible();
    await expect(register.bodyRows).toHaveCount(1);
    await expect(register.row(riskTitle)).toContainText('Critical');
    await expect(register.row(riskTitle)).toContainText('High');
    await register.removeCellFilter.click();
    await expect(register.bodyRows).toHaveCount(2);
  });

  await test.step('the treatment plan marks the action overdue', async () => {
    await register.treatmentPlan.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Treatment plan' })).toBeVisible();
    await expect(register.planRow('Second-source the RAN')).toContainText('Overdue');
    await expect(register.planRow('Second-source the RAN')).toContainText(riskTitle);
  });

  await test.step('the Dashboard shows the open risks, the top five and the overdue action', async () => {
    await page.goto('./#/');
    const section = page.getByRole('region', { name: 'Risks', exact: true });
    await expect(section.getByRole('region', { name: 'Open risks by residual level' })).toContainText(
      'High: 1',
    );
    await expect(section.getByRole('region', { name: 'Top five by residual score' })).toContainText(
      riskTitle,
    );
    await expect(section.getByRole('region', { name: 'Overdue actions' })).toContainText('1');
  });

  await test.step('after a reload the risk and its action are persisted, and audited', async () => {
    await page.reload();
    const stored = await readStore<RiskRow>(page, 'risks');
    const vendor = (await readStore<{ id: string }>(page, 'vendors'))[0];
    const risk = stored.find((row) => row.title === riskTitle);
    expect(risk).toEqual(
      expect.objectContaining({
        category: 'sovereignty',
        vendorIds: [vendor?.id],
        likelihood: 4,
        impact: 5,
        residualLikelihood: 2,
        actions: [
          expect.objectContaining({
            title: 'Second-source the RAN',
            owner: 'CTO office',
            dueDate: '2025-01-31',
            status: 'todo',
          }),
        ],
      }),
    );
    const audit = (await readStore<AuditRow>(page, 'auditLog')).filter((event) => event.table === 'risks');
    expect(audit.map((event) => `${event.action}:${event.recordId}`).sort()).toEqual(
      stored.map((row) => `create:${row.id}`).sort(),
    );
  });
});
