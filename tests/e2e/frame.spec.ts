import { expect, test } from './fixtures';

const sections = [
  'Dashboard',
  'Vendors',
  'Dependencies',
  'Licences',
  'Risks',
  'Decisions',
  'Checklists',
  'Calendar',
  'Reports',
  'Activity',
  'Settings',
];

test('every section is reachable from the main navigation by its name', async ({ app, page }) => {
  await test.step('the frame opens on the dashboard', async () => {
    await app.open();
    await expect(app.heading).toHaveText('Dashboard');
    await expect(app.link('Dashboard')).toHaveAttribute('aria-current', 'page');
  });

  for (const section of sections) {
    await test.step(`open ${section}`, async () => {
      await app.goTo(section);
      await expect(app.link(section)).toHaveAttribute('aria-current', 'page');
      await expect(page).toHaveTitle(`${section} — Diligence Workbench`);
    });
  }
});

test('an empty section says what belongs there', async ({ app, page }) => {
  await app.open();
  await app.goTo('Vendors');
  await expect(page.getByText('No vendors yet')).toBeVisible();
  await app.goTo('Dashboard');
  await page.getByRole('link', { name: 'Set up your organisation' }).click();
  await expect(app.heading).toHaveText('Settings');
});

test('an unknown address shows a way back instead of a blank page', async ({ app, page }) => {
  await app.open('/no-such-screen');
  await expect(app.heading).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(app.heading).toHaveText('Dashboard');
});

test('the Content-Security-Policy is enforced: code cannot be evaluated from strings', async ({
  app,
  page,
}) => {
  await app.open();
  await test.step('a string handed to a timer is refused and reported', async () => {
    // A string timer is evaluated by the page itself, so the page's policy applies (DevTools evaluation,
    // which page.evaluate uses, is exempt from it).
    await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- this is the attack the policy must stop
      setTimeout('document.title = "evaluated"', 0);
    });
    await expect
      .poll(() => page.evaluate(() => window.__cspViolations ?? []))
      .toEqual([expect.stringMatching(/^script-src.* eval$/)]);
    await expect(page).not.toHaveTitle('evaluated');
  });

  await test.step('a script from elsewhere is refused and reported', async () => {
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'data:text/javascript,document.title="injected"';
      document.head.append(script);
    });
    await expect.poll(() => page.evaluate(() => window.__cspViolations?.length)).toBe(2);
    await expect(page).not.toHaveTitle('injected');
    // Both refusals were provoked here, so they are cleared before the fixture checks for any other.
    await page.evaluate(() => {
      window.__cspViolations = [];
    });
  });
});
