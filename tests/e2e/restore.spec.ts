import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, readStore, test } from './fixtures';
import { BackupSection } from './pages/BackupSection';
import { FILE_WORKER_SCRIPT, WorkspaceFileCheck } from './pages/file-reading';
import { holdScript } from './pages/held-script';
import { ReviewCyclesSection } from './pages/ReviewCyclesSection';

interface SettingsRow {
  key: string;
  userName?: string;
  organisationName?: string;
  organisationCountry?: string;
}

interface ReviewCyclesRow {
  key: string;
  tiers?: Record<string, number>;
}

interface ReferenceRow {
  list: string;
  name: string;
}

/**
 * A backup as an earlier version wrote it (format 1, JSON): the records of a real backup without the
 * SBOM components and reference lists that format did not have, from another organisation.
 */
const formatOneBackup = (zipPath: string, organisation: { name: string; country?: string }) => {
  const entries = unzipSync(readFileSync(zipPath));
  const {
    sbomComponents: _components,
    referenceEntries: _entries,
    ...records
  } = JSON.parse(new TextDecoder().decode(entries['workspace.json'])) as Record<string, unknown>;
  return JSON.stringify({ ...records, formatVersion: 1, organisation });
};

test('restoring an older backup keeps the built-in reference lists and offers the backup’s organisation', async ({
  page,
  settings,
}, testInfo) => {
  const backup = new BackupSection(page);
  const zipPath = testInfo.outputPath('backup.zip');
  const olderPath = testInfo.outputPath('older-backup.json');

  await test.step('a new machine: the built-in FCC Covered List is there, the profile names only its user', async () => {
    await backup.open();
    await settings.userName.fill('Ines Moreau');
    await settings.saveAndConfirm();
    await expect.poll(async () => (await readStore<ReferenceRow>(page, 'referenceEntries')).length).toBe(10);
    await backup.backUpTo(zipPath);
    writeFileSync(olderPath, formatOneBackup(zipPath, { name: 'Atlantic Telecom', country: 'FR' }));
  });

  await test.step('the confirmation says the backup has no reference entries and the built-in ones will be written', async () => {
    await backup.chooseBackup(olderPath);
    await expect(backup.countRow('Reference list entries')).toHaveText(/Reference list entries\s*10\s*0/);
    await expect(backup.confirmDialog).toContainText(
      'This backup has no reference-list entries (it predates them): the 10 built-in entries of the FCC Covered List will be written',
    );
    await backup.replace.click();
  });

  await test.step('after the restore the 10 built-in entries are still there, and the summary says so', async () => {
    await expect(backup.restored).toContainText(
      'The backup had no reference-list entries: the 10 built-in entries of the FCC Covered List were written',
    );
    const entries = await readStore<ReferenceRow>(page, 'referenceEntries');
    expect(entries.filter((entry) => entry.list === 'fcc-covered')).toHaveLength(10);
    expect(entries.map((entry) => entry.name)).toContain('Huawei Technologies Company');
  });

  await test.step('the profile is kept, and the backup’s organisation is offered; taking it fills the profile', async () => {
    const profile = async () =>
      (await readStore<SettingsRow>(page, 'settings')).find((row) => row.key === 'profile');
    expect(await profile()).toEqual({ key: 'profile', userName: 'Ines Moreau', organisationName: '' });
    const offer = backup.organisationOffer('Atlantic Telecom, France');
    await expect(offer).toBeVisible();
    await backup.useBackupOrganisation.click();
    await expect(page.getByText('The profile now names Atlantic Telecom, France.')).toBeVisible();
    await expect(offer).toBeHidden();
    expect(await profile()).toEqual({
      key: 'profile',
      userName: 'Ines Moreau',
      organisationName: 'Atlantic Telecom',
      organisationCountry: 'FR',
    });
    await expect(settings.organisationName).toHaveValue('Atlantic Telecom');
  });

  await test.step('restoring a backup of another organisation offers it again; “Keep mine” changes nothing', async () => {
    writeFileSync(olderPath, formatOneBackup(zipPath, { name: 'Nordtel Networks' }));
    await backup.chooseBackup(olderPath);
    await backup.replace.click();
    await expect(backup.organisationOffer('Nordtel Networks')).toBeVisible();
    await backup.keepMyOrganisation.click();
    await expect(backup.organisationOffer('Nordtel Networks')).toBeHidden();
    await expect(settings.organisationName).toHaveValue('Atlantic Telecom');
    const rows = await readStore<SettingsRow>(page, 'settings');
    expect(rows.find((row) => row.key === 'profile')).toMatchObject({
      organisationName: 'Atlantic Telecom',
      organisationCountry: 'FR',
    });
  });
});

test('a backup being checked can be cancelled: nothing is replaced, and a backup can be chosen again', async ({
  page,
  settings,
}, testInfo) => {
  const backup = new BackupSection(page);
  const check = new WorkspaceFileCheck(page);
  const zipPath = testInfo.outputPath('backup.zip');

  await test.step('a workspace backed up, then changed', async () => {
    await backup.open();
    await backup.backUpTo(zipPath);
    await settings.userName.fill('Ines Moreau');
    await settings.saveAndConfirm();
  });
  const before = { settings: await readStore(page, 'settings'), auditLog: await readStore(page, 'auditLog') };

  await test.step('the backup shows as being checked, with a Cancel that stops it', async () => {
    const release = await holdScript(page, FILE_WORKER_SCRIPT);
    await backup.chooseBackup(zipPath);
    await expect(check.progress).toBeVisible();
    await check.cancel.click();
    await expect(check.cancelled).toBeVisible();
    await expect(check.progress).toBeHidden();
    await expect(backup.confirmDialog).toBeHidden();
    await release();
  });

  await test.step('nothing was replaced, and choosing the backup again asks to replace the workspace', async () => {
    expect({
      settings: await readStore(page, 'settings'),
      auditLog: await readStore(page, 'auditLog'),
    }).toEqual(before);
    await backup.chooseBackup(zipPath);
    await expect(backup.confirmDialog).toBeVisible();
    await expect(check.cancelled).toBeHidden();
  });
});

test('a backup carries the review cycles: changed after the backup, the restore brings the backed-up ones back', async ({
  page,
}, testInfo) => {
  const backup = new BackupSection(page);
  const cycles = new ReviewCyclesSection(page);
  const zipPath = testInfo.outputPath('backup.zip');
  const vitalMonths = async () =>
    (await readStore<ReviewCyclesRow>(page, 'settings')).find((row) => row.key === 'review-cycles')?.tiers?.[
      '5'
    ];

  await test.step('vital suppliers are assessed every 18 months, and the workspace is backed up', async () => {
    await backup.open();
    await cycles.months('Vital (5)').fill('18');
    await cycles.saveAndConfirm();
    await backup.backUpTo(zipPath);
  });

  await test.step('then every 6 months', async () => {
    await cycles.months('Vital (5)').fill('6');
    // Saved when stored: the notice of the first save may still be showing.
    await cycles.save.click();
    await expect.poll(vitalMonths).toBe(6);
  });

  await test.step('the confirmation says the backup’s review cycles replace these; once restored, 18 months are back', async () => {
    await backup.chooseBackup(zipPath);
    await expect(backup.confirmDialog).toContainText(
      'Settings taken from the backup, replacing yours: review cycles.',
    );
    await backup.replace.click();
    await expect(backup.restored).toContainText('Settings restored from the backup: review cycles.');
    await expect(cycles.months('Vital (5)')).toHaveValue('18 months');
    expect(await vitalMonths()).toBe(18);
  });
});
