import type { FileError } from '../../shared/ipc';

/**
 * A file the app could not read or write, with why as a message key: the renderer words it in the app's
 * language (renderer/platform), the main process only knows what happened.
 */
export class FileAccessError extends Error {
  constructor(
    readonly fileError: FileError,
    options?: ErrorOptions,
  ) {
    super(
      `${fileError.key}: ${fileError.fileName}${fileError.detail ? ` (${fileError.detail})` : ''}`,
      options,
    );
    this.name = 'FileAccessError';
  }
}

/** What a file-system error means for the user, by its code. */
export const fileErrorOf = (error: unknown, fileName: string): FileError => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOSPC':
      return { key: 'diskFull', fileName };
    case 'EACCES':
    case 'EPERM':
      return { key: 'noPermission', fileName };
    case 'EROFS':
      return { key: 'readOnly', fileName };
    case 'ENOENT':
      return { key: 'notFound', fileName };
    case 'EISDIR':
      return { key: 'isFolder', fileName };
    default:
      return { key: 'unknown', fileName, detail: error instanceof Error ? error.message : String(error) };
  }
};

/** What stat says of the file the user picked: only its kind and size matter before reading it. */
export interface PickedFile {
  isFile(): boolean;
  size: number;
}

/**
 * Why a picked path cannot be read whole, or undefined: a folder, a device or a pipe (whose reported size
 * of 0 says nothing, and which may never end) is refused, like a file over the import's limit.
 */
export const pickedFileProblem = (
  fileName: string,
  file: PickedFile,
  limit: number,
): FileError | undefined => {
  if (!file.isFile()) return { key: 'notAFile', fileName };
  return file.size > limit ? { key: 'tooLarge', fileName, size: file.size, limit } : undefined;
};
