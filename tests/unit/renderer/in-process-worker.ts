import type { FileTaskMessage, FileTaskRequest } from '@shared/files/worker-protocol';
import type { FileWorker } from '@renderer/files/read-file-in-worker';
import { runFileTask } from '@renderer/files/run-file-task';

/**
 * The file worker run on the test's thread: the very code the Worker runs (`runFileTask` over the reader
 * registry), with each message structured-cloned both ways as postMessage does.
 */
export const inProcessWorker = (): FileWorker => {
  let terminated = false;
  const worker: FileWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      void runFileTask(structuredClone(message) as FileTaskRequest, (reply: FileTaskMessage) => {
        if (!terminated)
          worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<FileTaskMessage>);
      });
    },
    terminate() {
      terminated = true;
    },
  };
  return worker;
};
