import { describe, expect, it } from 'vitest';
import { readWorkspaceFile } from '@shared/workspace/workspace-file';
import { upgraders } from '@shared/workspace/workspace-file-upgrade';
import { differingSettings } from '@shared/workspace/merge-settings';
import { defaultSettings } from '@shared/workspace/workspace-settings';
import { containerWith, now, sampleFile, settings, tampered, type RawFile } from './workspace-file-samples';

describe('workspace file format 6 (the workspace settings)', () => {
  it('upgrades a format 5 backup to one whose settings are all the defaults, its records untouched', async () => {
    const { raw, workspace } = await sampleFile();
    const formatFive: RawFile = { ...raw, formatVersion: 5 };
    delete formatFive.settings;

    expect(upgraders[5]?.(formatFive)).toEqual({ ...formatFive, formatVersion: 6, settings: {} });
    const result = await readWorkspaceFile(await containerWith(formatFive, workspace.evidenceBytes), { now });
    expect(result.ok && result.value.settings).toEqual({});
    expect(result.ok && result.value.records).toEqual(workspace.records);
  });

  it('reads the groups a file holds and leaves out those it does not', async () => {
    const { raw, workspace } = await sampleFile();
    raw.settings = { reviewCycles: settings.reviewCycles };
    const result = await readWorkspaceFile(await containerWith(raw, workspace.evidenceBytes), { now });
    expect(result.ok && result.value.settings).toEqual({ reviewCycles: settings.reviewCycles });
  });

  it('refuses a malformed settings group, naming the group, the field and what is wrong', async () => {
    const problems = await tampered((raw) => {
      const file = raw.settings as typeof settings;
      file.reviewCycles.tiers['5'] = 0;
      // The first number listed a second time.
      file.standardsReference.entries.push({ ...file.standardsReference.entries[0]!, id: 'again' });
      (file.signOffPolicy as unknown as Record<string, unknown>).singlePersonSignOff = 'yes';
    });
    const last = settings.standardsReference.entries.length;
    expect(problems).toEqual([
      {
        setting: 'standardsReference',
        field: `entries.${last}.number`,
        message: 'validation.duplicateStandard',
      },
      { setting: 'reviewCycles', field: 'tiers.5', message: 'validation.cycleMonths' },
      { setting: 'signOffPolicy', field: 'singlePersonSignOff', message: 'validation.boolean' },
    ]);
  });

  it('refuses a file whose settings are not an object, or are missing', async () => {
    const expected = [{ field: 'settings', message: 'workspaceFile.problems.settingsNotAnObject' }];
    expect(await tampered((raw) => (raw.settings = []))).toEqual(expected);
    expect(await tampered((raw) => delete raw.settings)).toEqual(expected);
  });
});

describe('the settings a merge names', () => {
  it('compares each group as it is in force: a group left out is its default', () => {
    expect(differingSettings({}, {})).toEqual([]);
    expect(differingSettings({}, { reviewCycles: defaultSettings.reviewCycles })).toEqual([]);
    expect(differingSettings(settings, settings)).toEqual([]);
    expect(differingSettings({ signOffPolicy: settings.signOffPolicy }, {})).toEqual(['signOffPolicy']);
    expect(
      differingSettings(
        { patentAssumptions: settings.patentAssumptions, reviewCycles: settings.reviewCycles },
        {
          patentAssumptions: { ...settings.patentAssumptions, shareThreshold: 40 },
          standardsReference: settings.standardsReference,
        },
      ),
    ).toEqual(['standardsReference', 'patentAssumptions', 'reviewCycles']);
  });
});
