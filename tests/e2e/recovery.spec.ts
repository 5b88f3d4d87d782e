import { expect, test } from './fixtures';

test('a database the app cannot open shows the recovery screen, never an empty workspace', async ({
  page,
}) => {
  await test.step('a newer version of the app has upgraded the database', async () => {
    await page.goto('./#/');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          // Dexie multiplies declared versions by 10, so 1,000 is far beyond anything this build knows.
          const request = indexedDB.open('diligence-workbench', 1000);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(new Error('could not upgrade'));
        }),
    );
  });

  await test.step('reloading shows why and offers to retry', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your workspace could not be opened' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('created by a newer version');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
  });
});
