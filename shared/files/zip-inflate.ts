import { Inflate } from 'fflate';
import type { ZipEntry } from './zip-directory';

/** Compressed bytes fed at a time: one chunk inflates to at most about 16 MB, however it was built. */
const CHUNK_BYTES = 16 * 1024;

export type InflatedEntry =
  | { ok: true; data: Uint8Array<ArrayBuffer> }
  /** `tooLarge`: the entry inflates past the size it declares (and was checked against). */
  | { ok: false; reason: 'unreadable' | 'tooLarge' };

/**
 * An entry's bytes, never more than it declares. The declared size was checked against the limits
 * (checkZip); inflation stops as soon as an entry exceeds it, so a lying archive cannot get past them
 * by declaring small sizes: fflate's one-shot inflate into a buffer of the declared size keeps decoding
 * the whole stream, which a crafted one makes gigabytes long.
 */
export const inflateEntry = (bytes: Uint8Array, entry: ZipEntry): InflatedEntry => {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.size);
  if (entry.compression === 0)
    return entry.size === entry.originalSize
      ? { ok: true, data: data.slice() }
      : { ok: false, reason: 'unreadable' };
  if (entry.compression !== 8) return { ok: false, reason: 'unreadable' };

  const out = new Uint8Array(entry.originalSize);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > out.length) overflow = true;
    else out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !overflow; at += CHUNK_BYTES)
      inflater.push(data.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= data.length);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (overflow) return { ok: false, reason: 'tooLarge' };
  return length === out.length ? { ok: true, data: out } : { ok: false, reason: 'unreadable' };
};
