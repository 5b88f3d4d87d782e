import type { FileTaskMessage, FileTaskOutcome, ReportProgress } from '@shared/files/worker-protocol';
import type { FileReaderInput, FileReaderName, FileReaderOptions, FileReaderResult } from './file-readers';

/** The part of a Worker this module uses, so tests can stand in for one. */
export interface FileWorker {
  onmessage: ((event: MessageEvent<FileTaskMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
}

/** 30 s without a word from the worker: far beyond any file within the caps, so it is stuck. */
export const FILE_TASK_IDLE_LIMIT_MS = 30_000;

export interface ReadInWorkerOptions {
  /** Ends the task when the worker has neither reported progress nor finished for this long. */
  idleLimitMs?: number;
  signal?: AbortSignal;
  onProgress?: ReportProgress;
  createWorker?: () => FileWorker;
}

const createFileWorker = (): FileWorker =>
  new Worker(new URL('./file-worker.ts', import.meta.url), { type: 'module', name: 'file-reader' });

/**
 * Reads a file from outside in a Worker of its own, so that no file, however crafted, can freeze the
 * window. The worker is terminated when it finishes, when it stays silent past the idle limit (a file
 * built to hang a parser), or when the user cancels; the outcome then says which, and the caller shows
 * "this file cannot be read" with the field usable again. Bytes are transferred to the worker; a Blob
 * (a File too large to load) is posted as it is, a handle the worker reads by slices.
 */
export const readFileInWorker = <Name extends FileReaderName>(
  reader: Name,
  bytes: FileReaderInput<Name>,
  options: FileReaderOptions<Name>,
  {
    idleLimitMs = FILE_TASK_IDLE_LIMIT_MS,
    signal,
    onProgress,
    createWorker = createFileWorker,
  }: ReadInWorkerOptions = {},
): Promise<FileTaskOutcome<FileReaderResult<Name>>> =>
  new Promise((resolve) => {
    if (signal?.aborted) {
      resolve({ ok: false, failure: 'cancelled' });
      return;
    }
    const worker = createWorker();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: FileTaskOutcome<FileReaderResult<Name>>): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(outcome);
    };
    const cancel = (): void => finish({ ok: false, failure: 'cancelled' });
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ ok: false, failure: 'timeout' }), idleLimitMs);
    };
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') {
        arm();
        onProgress?.(data.done, data.total);
      } else if (data.type === 'done') finish({ ok: true, value: data.value as FileReaderResult<Name> });
      else finish({ ok: false, failure: 'crashed' });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, failure: 'crashed' });
    };
    signal?.addEventListener('abort', cancel);
    arm();
    worker.postMessage(
      { reader, bytes, options },
      bytes instanceof Uint8Array ? [bytes.buffer as ArrayBuffer] : [],
    );
  });
