import { describe, expect, it } from 'vitest';
import { describeFileError, pickedFileProblem, tooLargeMessage } from '../../../electron/ipc/file-errors';

const fsError = (code: string): Error => Object.assign(new Error(`${code}: failed`), { code });

describe('file error messages', () => {
  it('says plainly when the disk is full and that nothing was written', () => {
    expect(describeFileError(fsError('ENOSPC'), 'backup.json')).toBe(
      'The disk is full: backup.json was not written. Free some space and try again.',
    );
  });

  it('names permission and read-only problems with what to do', () => {
    expect(describeFileError(fsError('EACCES'), 'report.pdf')).toMatch(
      /permission.*report\.pdf.*another folder/,
    );
    expect(describeFileError(fsError('EROFS'), 'report.pdf')).toMatch(/read-only/);
  });

  it('keeps the system message for anything unexpected', () => {
    expect(describeFileError(new Error('boom'), 'a.csv')).toBe('Could not access a.csv: boom');
  });

  it('states the size and the limit of a file that is too large', () => {
    expect(tooLargeMessage('big.xlsx', 30 * 1024 * 1024, 25 * 1024 * 1024)).toBe(
      'big.xlsx is 30 MB, larger than the 25 MB this import accepts.',
    );
  });
});

describe('a picked file', () => {
  const picked = (isFile: boolean, size: number) => ({ isFile: () => isFile, size });

  it('is read when it is a file within the limit', () => {
    expect(pickedFileProblem('vendors.csv', picked(true, 1024), 10 * 1024 * 1024)).toBeUndefined();
  });

  it('is refused when it is a folder, a device or a pipe, whatever size it reports', () => {
    expect(pickedFileProblem('zero', picked(false, 0), 10 * 1024 * 1024)).toBe(
      'zero is not a file (a folder, a device or a pipe); choose a file.',
    );
  });

  it('is refused over the limit, with both sizes', () => {
    expect(pickedFileProblem('big.xlsx', picked(true, 30 * 1024 * 1024), 25 * 1024 * 1024)).toBe(
      'big.xlsx is 30 MB, larger than the 25 MB this import accepts.',
    );
  });
});
