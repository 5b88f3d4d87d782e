/** Turns a file-system error into a sentence a user can act on; main-process messages are in English. */
export const describeFileError = (error: unknown, fileName: string): string => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOSPC':
      return `The disk is full: ${fileName} was not written. Free some space and try again.`;
    case 'EACCES':
    case 'EPERM':
      return `You do not have permission to write or read ${fileName}. Choose another folder.`;
    case 'EROFS':
      return `${fileName} is on a read-only disk. Choose another folder.`;
    case 'ENOENT':
      return `${fileName} no longer exists.`;
    case 'EISDIR':
      return `${fileName} is a folder, not a file.`;
    default:
      return `Could not access ${fileName}: ${error instanceof Error ? error.message : String(error)}`;
  }
};

export const tooLargeMessage = (fileName: string, size: number, limit: number): string => {
  const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
  return `${fileName} is ${megabytes(size)}, larger than the ${megabytes(limit)} this import accepts.`;
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
export const pickedFileProblem = (fileName: string, file: PickedFile, limit: number): string | undefined => {
  if (!file.isFile()) return `${fileName} is not a file (a folder, a device or a pipe); choose a file.`;
  return file.size > limit ? tooLargeMessage(fileName, file.size, limit) : undefined;
};
