import { unzipSync, zipSync } from 'fflate';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultReviewCycles, defaultSignOffPolicy } from '@shared/domain';
import { builtInStandardEntries } from '@shared/domain/standards';
import { settingsGroups } from '@shared/workspace/workspace-settings';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { readReviewCycles, saveReviewCycles } from '@renderer/data/review-cycles';
import { saveSettings } from '@renderer/data/settings';
import { readSignOffPolicy, saveSignOffPolicy } from '@renderer/data/sign-off';
import { savePatentAssumptions } from '@renderer/data/standards';
import { saveStandardEntry } from '@renderer/data/standards-reference';
import { exportWorkspace, replaceWorkspace } from '@renderer/data/workspace-backup';
import { readWorkspaceInWorker } from '@renderer/features/settings/readWorkspaceInWorker';
import { fixtureApp as app } from '../shared/workspace-fixture';
import { inProcessWorker } from './in-process-worker';

/** The settings rows the workspace file carries, by key. */
const SETTINGS_KEYS = ['patent-assumptions', 'review-cycles', 'sign-off', 'standards-reference'];

const settingsRows = async () =>
  (await workspace().table<{ key: string }>('settings').toCollection().sortBy('key')).filter((row) =>
    SETTINGS_KEYS.includes(row.key),
  );

/** A database of its own, as on another machine, with its user named. */
const openFreshWorkspace = async (name: string) => {
  closeWorkspace();
  await openWorkspace(new WorkbenchDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Ana', organisationName: 'Example Telecom' });
};

/** Every group changed through the app's own commands, as the user would on its screens. */
const changeEverySetting = async () => {
  const [first] = builtInStandardEntries;
  await saveStandardEntry({ ...first!, title: 'NR RRC, as our RAN team calls it' });
  await saveStandardEntry({
    number: 'O-RAN.WG4.CUS.0',
    title: 'O-RAN fronthaul',
    generation: '5G',
    domain: 'ran',
  });
  await savePatentAssumptions({ essentialityRates: { 'holder:nordic radio': 30 }, shareThreshold: 15 });
  await saveReviewCycles({ tiers: { '5': 6 }, riskCategories: { security: 2 } });
  await saveSignOffPolicy({ singlePersonSignOff: true });
};

const backUp = async () => {
  const built = await exportWorkspace(app);
  if (!built.ok) throw new Error('The backup was refused.');
  return built.backup.file;
};

const read = (file: Blob) => readWorkspaceInWorker(file, { createWorker: inProcessWorker });

/** What Settings → Restore does once the user confirms: the file read in the worker, then replaced. */
const restore = async (file: Blob) => {
  const checked = await read(file);
  if (checked.ok) await replaceWorkspace(checked.value);
  return checked;
};

beforeEach(() => openFreshWorkspace('settings-backup'));
afterEach(() => closeWorkspace());

describe('the workspace settings in a backup', () => {
  it('restores every group exactly, on a machine that never had them', async () => {
    await changeEverySetting();
    const before = await settingsRows();
    expect(before.map((row) => row.key)).toEqual(SETTINGS_KEYS);
    const file = await backUp();

    await openFreshWorkspace('another-machine');
    const checked = await read(file);
    if (!checked.ok) throw new Error('The backup was refused.');
    const summary = await replaceWorkspace(checked.value);

    expect(await settingsRows()).toEqual(before);
    expect(summary.settings).toEqual(settingsGroups);
    expect((await readReviewCycles(workspace())).tiers['5']).toBe(6);
    expect(await readSignOffPolicy(workspace())).toEqual({ singlePersonSignOff: true });
  });

  it('sets back to its default every group the backup has none of, and says which', async () => {
    const file = await backUp();
    await changeEverySetting();

    const checked = await read(file);
    if (!checked.ok) throw new Error('The backup was refused.');
    expect(checked.value.settings).toEqual({});
    const summary = await replaceWorkspace(checked.value);

    expect(await settingsRows()).toEqual([]);
    expect(summary.settings).toEqual([]);
    expect(await readReviewCycles(workspace())).toEqual(defaultReviewCycles);
    expect(await readSignOffPolicy(workspace())).toEqual(defaultSignOffPolicy);
  });

  it('refuses a backup with a malformed settings group, naming it, and writes nothing', async () => {
    await changeEverySetting();
    const entries = unzipSync(new Uint8Array(await (await backUp()).arrayBuffer()));
    const json = JSON.parse(new TextDecoder().decode(entries['workspace.json'])) as {
      settings: { reviewCycles: { tiers: Record<string, number> } };
    };
    json.settings.reviewCycles.tiers['5'] = 500;
    entries['workspace.json'] = new TextEncoder().encode(JSON.stringify(json));
    await saveReviewCycles({ tiers: { '5': 9 } });
    const before = { settings: await settingsRows(), auditLog: await workspace().auditLog.count() };

    const result = await restore(new Blob([zipSync(entries, { level: 0 })]));

    expect(result).toEqual({
      ok: false,
      problems: [{ setting: 'reviewCycles', field: 'tiers.5', message: 'validation.cycleMonths' }],
    });
    expect({ settings: await settingsRows(), auditLog: await workspace().auditLog.count() }).toEqual(before);
  });
});
