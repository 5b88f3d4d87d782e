import { expect, test } from './fixtures';

test('switching to French translates the frame at once and is remembered', async ({
  app,
  settings,
  page,
}) => {
  await app.open('/settings');

  await test.step('choose French', async () => {
    await settings.chooseLanguage('Language of the app', 'Français');
    await expect(app.heading).toHaveText('Paramètres');
  });

  await test.step('the navigation and the page language are French', async () => {
    for (const name of [
      'Tableau de bord',
      'Fournisseurs',
      'Dépendances',
      'Licences',
      'Risques',
      'Listes de contrôle',
      'Rapports',
      'Paramètres',
    ]) {
      await expect(app.link(name)).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  await test.step('French is still chosen after a reload', async () => {
    await page.reload();
    await expect(app.heading).toHaveText('Paramètres');
    await app.goTo('Fournisseurs');
    await expect(page.getByText('Aucun fournisseur pour l’instant')).toBeVisible();
  });
});
