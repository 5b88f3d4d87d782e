import { describe, expect, it } from 'vitest';
import { fileErrorKeys } from '../../../shared/ipc';
import { FileAccessError, fileErrorOf, pickedFileProblem } from '../../../electron/ipc/file-errors';
import { handleIpcCall } from '../../../electron/ipc/validate';

const fsError = (code: string): Error => Object.assign(new Error(`${code}: failed`), { code });
const MB = 1024 * 1024;

// tests/unit/renderer/file-error-messages.test.ts checks that every key of fileErrorKeys has an English and a
// French message; here, that every error the main process meets becomes one of those keys.
describe('file errors of the desktop app', () => {
  it.each([
    ['ENOSPC', 'diskFull'],
    ['EACCES', 'noPermission'],
    ['EPERM', 'noPermission'],
    ['EROFS', 'readOnly'],
    ['ENOENT', 'notFound'],
    ['EISDIR', 'isFolder'],
    ['EIO', 'unknown'],
  ])('%s becomes the message key %s, with the file name', (code, key) => {
    const error = fileErrorOf(fsError(code), 'backup.json');
    expect(error).toMatchObject({ key, fileName: 'backup.json' });
    expect(fileErrorKeys).toContain(error.key);
  });

  it('keeps the system’s words for an error it does not know, as a parameter', () => {
    expect(fileErrorOf(new Error('boom'), 'a.csv')).toEqual({
      key: 'unknown',
      fileName: 'a.csv',
      detail: 'boom',
    });
  });

  it('sends the key and its parameters to the renderer, not an English sentence', async () => {
    const answer = await handleIpcCall(
      'file:save',
      { suggestedName: 'report.pdf', data: new Uint8Array(1) },
      'app://workbench/index.html',
      () => {
        throw new FileAccessError(fileErrorOf(fsError('EROFS'), 'report.pdf'));
      },
    );
    expect(answer).toMatchObject({ ok: false, fileError: { key: 'readOnly', fileName: 'report.pdf' } });
  });
});

describe('a picked file', () => {
  const picked = (isFile: boolean, size: number) => ({ isFile: () => isFile, size });

  it('is read when it is a file within the limit', () => {
    expect(pickedFileProblem('vendors.csv', picked(true, 1024), 10 * MB)).toBeUndefined();
  });

  it('is refused when it is a folder, a device or a pipe, whatever size it reports', () => {
    expect(pickedFileProblem('zero', picked(false, 0), 10 * MB)).toEqual({
      key: 'notAFile',
      fileName: 'zero',
    });
  });

  it('is refused over the limit, with both sizes', () => {
    expect(pickedFileProblem('big.xlsx', picked(true, 30 * MB), 25 * MB)).toEqual({
      key: 'tooLarge',
      fileName: 'big.xlsx',
      size: 30 * MB,
      limit: 25 * MB,
    });
  });
});
