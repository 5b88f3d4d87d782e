import { licenceSchema, vendorSchema } from '../../shared/domain';
import { noRecords, writeWorkspaceFile } from './files/workspace-file';
import { expect, readStore, test } from './fixtures';
import { BackupSection } from './pages/BackupSection';
import { FILE_READ_TIMEOUT } from './pages/file-reading';
import { MergeReview } from './pages/MergeReview';

// The times each version was saved are shown in the browser's time zone: UTC keeps them checkable here.
test.use({ timezoneId: 'UTC' });

const savedHere = '2026-01-05T09:00:00.000Z';
const savedThere = '2026-01-05T09:00:42.000Z';
const meta = (id = crypto.randomUUID()) => ({ id, createdAt: savedHere, updatedAt: savedHere });

const holding = vendorSchema.parse({ ...meta(), name: 'Baltic Holdings', hqCountry: 'EE' });
const nordic = vendorSchema.parse({
  ...meta(),
  name: 'Nordic Radio',
  hqCountry: 'FI',
  ownership: 'private',
  notes: 'Audited in 2025.',
});
const contract = licenceSchema.parse({
  ...meta(),
  title: 'RAN software support',
  type: 'commercial',
  vendorId: nordic.id,
});

test('the merge review shows, per record, each field that differs: its label, mine and theirs in words, and when each was saved', async ({
  page,
}, testInfo) => {
  const backup = new BackupSection(page);
  const review = new MergeReview(page);
  const colleaguePath = testInfo.outputPath('colleague.zip');

  await test.step('this workspace holds Nordic Radio and its support contract', async () => {
    const seedPath = testInfo.outputPath('seed.zip');
    await writeWorkspaceFile(
      seedPath,
      { ...noRecords(), vendors: [holding, nordic], licences: [contract] },
      savedHere,
    );
    await backup.open();
    await backup.chooseBackup(seedPath);
    await backup.replace.click();
    await expect(page.getByText(/^Workspace restored from the backup of/)).toBeVisible({
      timeout: FILE_READ_TIMEOUT,
    });
  });

  await test.step('a colleague changed both, 42 seconds later: ownership, country, parent, a criterion, a clause', async () => {
    await writeWorkspaceFile(
      colleaguePath,
      {
        ...noRecords(),
        vendors: [
          holding,
          {
            ...nordic,
            updatedAt: savedThere,
            ownership: 'state-owned',
            hqCountry: 'CN',
            parentVendorId: holding.id,
            sovereignty: { ...nordic.sovereignty, c1a: 3 },
          },
        ],
        licences: [
          {
            ...contract,
            updatedAt: savedThere,
            clauses: { ...contract.clauses, sanctionsExit: 'yes' },
          },
        ],
      },
      savedThere,
    );
    await review.chooseFile(colleaguePath);
  });

  await test.step('each record lists its differing fields side by side, with both times to the second', async () => {
    const vendor = review.differences('Nordic Radio');
    await expect(vendor.getByRole('columnheader')).toHaveText([
      'Field',
      /^Here — saved Jan 5, 2026, 9:00:00\sAM$/,
      /^Theirs — saved Jan 5, 2026, 9:00:42\sAMnewer$/,
    ]);
    const rows = vendor.getByRole('row');
    await expect(rows).toHaveText([
      /^Field/,
      'Headquarters countryFinlandChina',
      'Parent company—Baltic Holdings',
      'OwnershipPrivately heldState-owned',
      'Sovereignty profile — C1A—3',
    ]);
    await expect(review.differences('RAN software support').getByRole('row').nth(1)).toHaveText(
      'Clauses — Sanctions exitUnknownYes',
    );
    await expect(review.choice('Nordic Radio', 'Take theirs')).toBeChecked();
  });

  await test.step('keeping mine for the contract and merging writes their vendor and my contract', async () => {
    await review.choose('RAN software support', 'Keep mine');
    await review.confirm.click();
    await expect(review.dialog).toBeHidden();
    const vendors = await readStore<typeof nordic>(page, 'vendors');
    expect(vendors.find((vendor) => vendor.id === nordic.id)).toMatchObject({
      ownership: 'state-owned',
      hqCountry: 'CN',
      parentVendorId: holding.id,
      updatedAt: savedThere,
    });
    const [licence] = await readStore<typeof contract>(page, 'licences');
    expect(licence).toEqual(contract);
  });
});
