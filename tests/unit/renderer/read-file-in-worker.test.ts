import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileTaskMessage } from '@shared/files/worker-protocol';
import { readFileInWorker, type FileWorker } from '@renderer/files/read-file-in-worker';

/** A worker that does what the test tells it to, and records whether it was terminated. */
class ScriptedWorker implements FileWorker {
  onmessage: ((event: MessageEvent<FileTaskMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  transferred: Transferable[][] = [];
  terminated = false;
  postMessage(message: unknown, transfer: Transferable[]): void {
    this.posted.push(message);
    this.transferred.push(transfer);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: FileTaskMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<FileTaskMessage>);
  }
}

const bytes = () => new Uint8Array([1, 2, 3]);

let worker: ScriptedWorker;
beforeEach(() => {
  vi.useFakeTimers();
  worker = new ScriptedWorker();
});
afterEach(() => vi.useRealTimers());

describe('reading a file in a worker', () => {
  it('hands the bytes and reader to the worker and returns its result, then ends the worker', async () => {
    const reading = readFileInWorker('importTable', bytes(), undefined, { createWorker: () => worker });
    expect(worker.posted).toEqual([{ reader: 'importTable', bytes: bytes(), options: undefined }]);
    worker.say({ type: 'done', value: { ok: false, problems: [{ message: 'importer.problems.empty' }] } });
    expect(await reading).toEqual({
      ok: true,
      value: { ok: false, problems: [{ message: 'importer.problems.empty' }] },
    });
    expect(worker.terminated).toBe(true);
  });

  it('transfers bytes, and posts a file too large to load as its Blob, which the worker reads by slices', () => {
    const data = bytes();
    void readFileInWorker('importTable', data, undefined, { createWorker: () => worker });
    expect(worker.transferred).toEqual([[data.buffer]]);

    const file = new Blob(['PK']);
    const other = new ScriptedWorker();
    void readFileInWorker('workspace', file, { hashFile: true }, { createWorker: () => other });
    expect(other.posted).toEqual([{ reader: 'workspace', bytes: file, options: { hashFile: true } }]);
    expect((other.posted[0] as { bytes: unknown }).bytes).toBe(file);
    expect(other.transferred).toEqual([[]]);
  });

  it('stops a worker that stays silent past the limit, so a file built to hang frees the window', async () => {
    const reading = readFileInWorker('importTable', bytes(), undefined, {
      createWorker: () => worker,
      idleLimitMs: 1_000,
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await reading).toEqual({ ok: false, failure: 'timeout' });
    expect(worker.terminated).toBe(true);
  });

  it('gives a worker that reports progress more time, and passes the progress on', async () => {
    const progress: [number, number | undefined][] = [];
    const reading = readFileInWorker('importTable', bytes(), undefined, {
      createWorker: () => worker,
      idleLimitMs: 1_000,
      onProgress: (done, total) => progress.push([done, total]),
    });
    await vi.advanceTimersByTimeAsync(900);
    worker.say({ type: 'progress', done: 10, total: 20 });
    await vi.advanceTimersByTimeAsync(900);
    worker.say({ type: 'done', value: 'read' });
    expect(await reading).toEqual({ ok: true, value: 'read' });
    expect(progress).toEqual([[10, 20]]);
  });

  it('reports a reader that threw, or a worker that failed to load, as a crash', async () => {
    const thrown = readFileInWorker('importTable', bytes(), undefined, { createWorker: () => worker });
    worker.say({ type: 'crashed', message: 'Invalid time value' });
    expect(await thrown).toEqual({ ok: false, failure: 'crashed' });

    const broken = new ScriptedWorker();
    const failed = readFileInWorker('importTable', bytes(), undefined, { createWorker: () => broken });
    broken.onerror?.(new Event('error') as ErrorEvent);
    expect(await failed).toEqual({ ok: false, failure: 'crashed' });
    expect(broken.terminated).toBe(true);
  });

  it('ends the worker when the user cancels, and ignores what it says afterwards', async () => {
    const controller = new AbortController();
    const reading = readFileInWorker('importTable', bytes(), undefined, {
      createWorker: () => worker,
      signal: controller.signal,
    });
    controller.abort();
    worker.say({ type: 'done', value: 'too late' });
    expect(await reading).toEqual({ ok: false, failure: 'cancelled' });
    expect(worker.terminated).toBe(true);
  });
});
