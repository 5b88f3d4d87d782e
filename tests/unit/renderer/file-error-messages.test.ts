import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileErrorKeys, type FileResult, type WorkbenchApi } from '@shared/ipc';
import { initI18n } from '@renderer/i18n';
import { platform as en } from '@renderer/i18n/en/platform';
import { platform as fr } from '@renderer/i18n/fr/platform';
import { fileErrorText, withWordedFileErrors } from '@renderer/platform/file-errors';

initI18n('en');
const MB = 1024 * 1024;

/** The desktop bridge as a screen gets it, answering a save with what the main process sent. */
const bridgeAnswering = (answer: FileResult<never>): WorkbenchApi =>
  withWordedFileErrors({ saveFile: () => Promise.resolve(answer) } as unknown as WorkbenchApi);

describe('file errors of the desktop app, as a user reads them', () => {
  beforeEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('has an English and a French message, naming the file, for every key the main process sends', () => {
    expect(Object.keys(en.fileError).sort()).toEqual([...fileErrorKeys].sort());
    expect(Object.keys(fr.fileError).sort()).toEqual([...fileErrorKeys].sort());
    for (const key of fileErrorKeys) {
      expect(en.fileError[key]).toContain('{{name}}');
      expect(fr.fileError[key]).toContain('{{name}}');
      expect(fr.fileError[key]).not.toBe(en.fileError[key]);
    }
  });

  it('shows a screen the main process’s error in the app’s language', async () => {
    const saving = () =>
      bridgeAnswering({
        ok: false,
        error: 'file:save: diskFull: backup.json',
        fileError: { key: 'diskFull', fileName: 'backup.json' },
      }).saveFile({ suggestedName: 'backup.json', data: new Uint8Array(1) });
    expect(await saving()).toMatchObject({
      ok: false,
      error: 'The disk is full: backup.json was not written. Free some space and try again.',
    });
    await i18next.changeLanguage('fr');
    expect(await saving()).toMatchObject({
      ok: false,
      error: 'Le disque est plein : backup.json n’a pas été enregistré. Libérez de la place et réessayez.',
    });
  });

  it('leaves other failures and successes as they came', async () => {
    const failed = {
      ok: false as const,
      error: 'file:save: invalid input: suggestedName: file name is empty',
    };
    expect(await bridgeAnswering(failed).saveFile({ suggestedName: 'a', data: new Uint8Array(1) })).toEqual(
      failed,
    );
  });

  it('states the size and the limit of a file too large in the units of the language', async () => {
    const tooLarge = { key: 'tooLarge' as const, fileName: 'big.xlsx', size: 30 * MB, limit: 25 * MB };
    expect(fileErrorText(tooLarge)).toBe('big.xlsx is 30 MB, larger than the 25 MB this import accepts.');
    await i18next.changeLanguage('fr');
    expect(fileErrorText(tooLarge)).toBe('big.xlsx pèse 30 Mo, plus que les 25 Mo acceptés pour cet import.');
  });

  it('keeps the system’s words for an error the app does not know', () => {
    expect(fileErrorText({ key: 'unknown', fileName: 'a.csv', detail: 'EIO: i/o error' })).toBe(
      'Could not access a.csv: EIO: i/o error',
    );
  });
});
