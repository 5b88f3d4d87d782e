import { expect, readStore, test } from './fixtures';

interface SettingsRow {
  key: string;
  userName: string;
  organisationName: string;
  organisationCountry?: string;
}
interface AuditRow {
  table: string;
  recordId: string;
  action: string;
  actor: string;
  changes?: Record<string, [unknown, unknown]>;
}

test('settings are saved, recorded in the audit trail and survive a reload', async ({
  app,
  settings,
  page,
}) => {
  await app.open('/settings');

  await test.step('fill in the profile and save it', async () => {
    await settings.userName.fill('Amélie Durand');
    await settings.organisationName.fill('Nordtel Networks');
    await settings.chooseCountry('Finland');
    await settings.saveAndConfirm();
  });

  await test.step('the database holds the profile and an audit event by its author', async () => {
    // The settings table also holds other keys (e.g. the reference-list seeding marker): check the profile.
    const rows = await readStore<SettingsRow>(page, 'settings');
    expect(rows.filter((row) => row.key === 'profile')).toEqual([
      {
        key: 'profile',
        userName: 'Amélie Durand',
        organisationName: 'Nordtel Networks',
        organisationCountry: 'FI',
      },
    ]);
    const audit = (await readStore<AuditRow>(page, 'auditLog')).filter((event) => event.table === 'settings');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      table: 'settings',
      recordId: 'profile',
      action: 'create',
      actor: 'Amélie Durand',
    });
    expect(audit[0]?.changes?.organisationName).toEqual(['', 'Nordtel Networks']);
  });

  await test.step('after a reload the form shows what was saved', async () => {
    await page.reload();
    await expect(settings.userName).toHaveValue('Amélie Durand');
    await expect(settings.organisationName).toHaveValue('Nordtel Networks');
    await expect(settings.organisationCountry).toHaveValue(/Finland/);
  });

  await test.step('a second save records only what changed', async () => {
    await settings.organisationName.fill('Nordtel Networks Oy');
    await settings.saveAndConfirm();
    const audit = (await readStore<AuditRow>(page, 'auditLog')).filter((event) => event.table === 'settings');
    expect(audit).toHaveLength(2);
    const update = audit.find((event) => event.action === 'update');
    expect(update?.changes).toEqual({ organisationName: ['Nordtel Networks', 'Nordtel Networks Oy'] });
  });
});

test('leaving with unsaved changes asks first and keeps the text', async ({ app, settings, page }) => {
  await app.open('/settings');
  await settings.userName.fill('Typed but not saved');
  await app.link('Vendors').click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(app.heading).toHaveText('Settings');
  await expect(settings.userName).toHaveValue('Typed but not saved');
});
