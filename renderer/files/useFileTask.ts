import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileTaskOutcome } from '@shared/files/worker-protocol';
import type { FileReaderName, FileReaderOptions, FileReaderResult } from './file-readers';
import { readFileInWorker } from './read-file-in-worker';

/** A file being read (to show with a Cancel button), or the one whose reading the user just cancelled. */
export type FileTaskStatus = { step: 'reading' | 'cancelled'; fileName: string } | undefined;

/** A file as a file input gives it, or as the platform's open dialog does (name and bytes). */
export type FileSource = File | { name: string; bytes: Uint8Array };

const bytesOf = async (source: FileSource): Promise<Uint8Array<ArrayBuffer> | undefined> => {
  // A copy: the bytes are transferred to the worker, which leaves the caller's array empty.
  if (!(source instanceof File)) return new Uint8Array(source.bytes);
  return source.arrayBuffer().then(
    (buffer) => new Uint8Array(buffer),
    () => undefined,
  );
};

/**
 * How a screen reads a file from outside: in the file worker, one at a time, with a status to show
 * ("Reading…" and Cancel) and `cancel`. Cancelling, reading another file or leaving the screen ends the
 * worker; the outcome of a read is then `cancelled`, and the screen goes back to where it was. A file
 * that cannot even be loaded from the disk, or a worker that cannot start, counts as a crash. It never
 * throws, so no screen is left on "Reading…".
 */
export const useFileTask = () => {
  const current = useRef<AbortController | undefined>(undefined);
  const [status, setStatus] = useState<FileTaskStatus>();

  useEffect(() => () => current.current?.abort(), []);

  const read = useCallback(
    async <Name extends FileReaderName>(
      reader: Name,
      source: FileSource,
      options: FileReaderOptions<Name>,
    ): Promise<FileTaskOutcome<FileReaderResult<Name>>> => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      setStatus({ step: 'reading', fileName: source.name });
      const bytes = await bytesOf(source);
      const crashed: FileTaskOutcome<FileReaderResult<Name>> = { ok: false, failure: 'crashed' };
      // A worker that cannot even start (or options it cannot receive) is a crash too, never a stuck screen.
      const outcome = bytes
        ? await readFileInWorker(reader, bytes, options, { signal: controller.signal }).catch(() => crashed)
        : crashed;
      if (current.current === controller) {
        current.current = undefined;
        const cancelled = !outcome.ok && outcome.failure === 'cancelled';
        setStatus(cancelled ? { step: 'cancelled', fileName: source.name } : undefined);
      }
      return outcome;
    },
    [],
  );

  const cancel = useCallback(() => current.current?.abort(), []);

  return { status, reading: status?.step === 'reading', read, cancel };
};
