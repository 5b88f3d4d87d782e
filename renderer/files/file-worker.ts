/// <reference lib="webworker" />
import '../zod-jitless';
import type { FileTaskMessage, FileTaskRequest } from '@shared/files/worker-protocol';
import { runFileTask } from './run-file-task';

/** The Worker that reads one file from outside and is then terminated; see readFileInWorker. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FileTaskMessage): void => scope.postMessage(message);

scope.onmessage = ({ data }: MessageEvent<FileTaskRequest>) => void runFileTask(data, post);
