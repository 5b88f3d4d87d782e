import type { RoyaltyRate } from '@shared/domain/standards';
import { expect, readStore, test } from './fixtures';
import { ids, standardsWorkspace } from './files/standards-workspace';
import { writeWorkspaceFile } from './files/workspace-file';
import { BackupSection } from './pages/BackupSection';
import { FILE_READ_TIMEOUT } from './pages/file-reading';
import { RoyaltyPages } from './pages/RoyaltyPages';
import { VendorsPage } from './pages/VendorsPage';

test('royalty rates move a device’s stack, a rate without its currency is refused, and patent holders are found', async ({
  page,
}, testInfo) => {
  const backup = new BackupSection(page);
  const royalty = new RoyaltyPages(page);
  const vendors = new VendorsPage(page);

  await test.step('the workspace: the gNodeB (1,000 EUR a unit) on TS 38.331 and TS 36.331, three rates', async () => {
    const path = testInfo.outputPath('standards.zip');
    await writeWorkspaceFile(path, standardsWorkspace());
    await backup.open();
    await backup.chooseBackup(path);
    await backup.replace.click();
    await expect(backup.restored).toBeVisible({ timeout: FILE_READ_TIMEOUT });
  });

  await test.step('the gNodeB’s stack: Harbour’s 1 % of 1,000 EUR and Eastern’s 2.50 USD, Nordic licensed', async () => {
    await page.goto(`./#/dependencies/${ids.gNodeB}`);
    await expect(royalty.stackTotal('gNodeB')).toContainText('€10.00');
    await expect(royalty.stackTotal('gNodeB')).toContainText('$2.50');
  });

  await test.step('a newer rate of 2 % for Harbour Chips doubles its part of the stack', async () => {
    await royalty.openRates();
    await royalty.fillRate('Harbour Chips', 'Percent of the unit price', '2', 'Negotiated in 2026');
    await royalty.save.click();
    await expect(page.getByText('Rate of Harbour Chips saved.').last()).toBeVisible();
    const rates = await readStore<RoyaltyRate>(page, 'royaltyRates');
    expect(rates.filter((rate) => rate.holderId === ids.harbour).map((rate) => rate.value)).toEqual(
      expect.arrayContaining([1, 2]),
    );
    await page.goto(`./#/dependencies/${ids.gNodeB}`);
    await expect(royalty.stackTotal('gNodeB')).toContainText('€20.00');
    await expect(royalty.stackTotal('gNodeB')).toContainText('$2.50');
  });

  await test.step('an amount per unit without its currency is refused on the currency field, nothing written', async () => {
    await royalty.openRates();
    await royalty.fillRate('Eastern Telecom', 'Amount per unit', '1', 'Rate card 2027');
    await royalty.save.click();
    await expect(royalty.currency).toHaveAccessibleDescription(/This field is required\./);
    expect(await readStore<RoyaltyRate>(page, 'royaltyRates')).toHaveLength(4);
  });

  await test.step('the Vendors role filter shows the patent holders, not a mere supplier', async () => {
    await vendors.open();
    await page.getByRole('search').getByLabel('Role').click();
    await page.getByRole('option', { name: 'Patent holders', exact: true }).click();
    await expect(vendors.row('Eastern Telecom')).toBeVisible();
    await expect(vendors.row('Nordic Radio')).toBeVisible();
    await expect(vendors.row('Harbour Chips')).toHaveCount(0);
  });

  await test.step('a holder’s page lists its declared families per standard', async () => {
    await vendors.openVendor('Eastern Telecom');
    const panel = page.getByRole('region', { name: 'Declared essential patents' });
    await expect(panel).toContainText('TS 38.331');
    await expect(panel).toContainText('TS 36.331');
  });
});
