import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SearchDialog } from './pages/SearchDialog';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

const createVendor = async (page: Page, name: string, legalName: string, tag: string): Promise<void> => {
  const vendors = new VendorsPage(page);
  const form = new VendorForm(page);
  await vendors.open();
  await vendors.newVendor.click();
  await form.name.fill(name);
  await form.legalName.fill(legalName);
  await form.chooseCountry('Finland');
  await form.tags.fill(tag);
  await form.tags.press('Enter');
  await form.saveAndConfirm(name);
};

test('Ctrl+K finds a vendor by part of a tag or legal name and opens its page', async ({ page }) => {
  const search = new SearchDialog(page);
  const heading = page.getByRole('heading', { level: 1 });

  await test.step('create two vendors', async () => {
    await createVendor(page, 'Aurora Radio', 'Aurora Radio Systems Oy', 'ran-refresh');
    await createVendor(page, 'Borealis Cloud', 'Borealis Datacenters AB', 'sovereign-cloud');
  });

  await test.step('part of a tag finds only the vendor carrying it; clicking opens it', async () => {
    await search.openWithShortcut();
    await search.input.fill('sovere');
    await expect(search.result('Borealis Cloud')).toBeVisible();
    await expect(search.result('Aurora Radio')).toHaveCount(0);
    await search.result('Borealis Cloud').click();
    await expect(heading).toHaveText('Borealis Cloud');
    await expect(page).toHaveURL(/#\/vendors\/[0-9a-f-]{36}$/);
  });

  await test.step('part of a legal name, then Enter, opens the first result', async () => {
    await search.openWithShortcut();
    await search.input.fill('aurora syst');
    await expect(search.result('Aurora Radio')).toBeVisible();
    await search.input.press('Enter');
    await expect(heading).toHaveText('Aurora Radio');
    await expect(search.dialog).toBeHidden();
  });

  await test.step('the header button opens the same search, which says when nothing matches', async () => {
    await search.headerButton.click();
    await expect(search.input).toBeFocused();
    await search.input.fill('zzqx');
    await expect(search.dialog).toContainText('Nothing matches “zzqx”.');
  });
});
