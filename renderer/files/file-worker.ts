/// <reference lib="webworker" />
import '../zod-jitless';
import type { FileTaskMessage, FileTaskRequest } from '@shared/files/worker-protocol';
import { fileReaders, type FileReaderName } from './file-readers';

/** The Worker that reads one file from outside and is then terminated; see readFileInWorker. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FileTaskMessage): void => scope.postMessage(message);

scope.onmessage = async ({ data }: MessageEvent<FileTaskRequest>) => {
  try {
    const reader = fileReaders[data.reader as FileReaderName] as (
      bytes: Uint8Array,
      options: unknown,
      progress: (done: number, total?: number) => void,
    ) => Promise<unknown>;
    const value = await reader(data.bytes, data.options, (done, total) =>
      post({ type: 'progress', done, ...(total !== undefined && { total }) }),
    );
    post({ type: 'done', value });
  } catch (error) {
    post({ type: 'crashed', message: error instanceof Error ? error.message : String(error) });
  }
};
