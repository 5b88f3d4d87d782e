import type { FileTaskMessage, FileTaskRequest } from '@shared/files/worker-protocol';
import { fileReaders, type FileReaderName } from './file-readers';

/**
 * Runs one reader of the registry on a request and posts its progress and outcome: the file worker's
 * whole work, apart so that tests can run the very same code on their thread.
 */
export const runFileTask = async (
  { reader, bytes, options }: FileTaskRequest,
  post: (message: FileTaskMessage) => void,
): Promise<void> => {
  try {
    const read = fileReaders[reader as FileReaderName] as (
      input: Uint8Array | Blob,
      options: unknown,
      progress: (done: number, total?: number) => void,
    ) => Promise<unknown>;
    const value = await read(bytes, options, (done, total) =>
      post({ type: 'progress', done, ...(total !== undefined && { total }) }),
    );
    post({ type: 'done', value });
  } catch (error) {
    post({ type: 'crashed', message: error instanceof Error ? error.message : String(error) });
  }
};
