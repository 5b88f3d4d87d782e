import { expect, readStore, test } from './fixtures';
import { LicenceForm } from './pages/LicenceForm';
import { RiskForm } from './pages/RiskForm';

interface AuditRow {
  table: string;
  action: string;
}

test('a licence cited by a risk is deleted after confirmation; the risk stays, unlinked, and both are audited', async ({
  page,
}) => {
  await test.step('record a licence, then a risk citing it', async () => {
    const licenceForm = new LicenceForm(page);
    await page.goto('./#/licences/new');
    await licenceForm.title.fill('Legacy OSS support');
    await licenceForm.choose(licenceForm.type, 'Commercial contract');
    await licenceForm.saveAndConfirm('Legacy OSS support');

    const [licence] = await readStore<{ id: string }>(page, 'licences');
    const riskForm = new RiskForm(page);
    await page.goto(
      `./#/risks/new?licenceId=${licence?.id ?? ''}&title=No+exit+on+sanctions&category=licence`,
    );
    await expect(riskForm.title).toHaveValue('No exit on sanctions');
    await riskForm.choose(riskForm.likelihood, /^3 · /);
    await riskForm.choose(riskForm.impact, /^4 · /);
    await riskForm.saveAndConfirm('No exit on sanctions');
  });

  await test.step('cancelling the licence deletion changes nothing', async () => {
    await page.goto('./#/licences');
    await page.getByRole('link', { name: 'Legacy OSS support' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Legacy OSS support?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await readStore(page, 'licences')).toHaveLength(1);
  });

  await test.step('confirming deletes the licence and unlinks it from the risk', async () => {
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Delete Legacy OSS support?' })
      .getByRole('button', { name: 'Delete licence' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Licences' })).toBeVisible();
    expect(await readStore(page, 'licences')).toEqual([]);
    const [risk] = await readStore<{ title: string; licenceIds: string[] }>(page, 'risks');
    expect(risk).toMatchObject({ title: 'No exit on sanctions', licenceIds: [] });
  });

  await test.step('the risk is deleted after confirmation too, and every step is in the audit trail', async () => {
    await page.goto('./#/risks');
    await page.getByRole('link', { name: 'No exit on sanctions' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Delete No exit on sanctions?' })
      .getByRole('button', { name: /^Delete risk/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Risks' })).toBeVisible();
    expect(await readStore(page, 'risks')).toEqual([]);
    const audit = (await readStore<AuditRow>(page, 'auditLog'))
      .filter((event) => event.table === 'licences' || event.table === 'risks')
      .map((event) => `${event.table}:${event.action}`)
      .sort();
    expect(audit).toEqual([
      'licences:create',
      'licences:delete',
      'risks:create',
      'risks:delete',
      'risks:update',
    ]);
  });
});
