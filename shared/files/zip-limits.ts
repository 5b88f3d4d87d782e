import { megabytes, type FileProblem } from './file-problem';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/**
 * What a zip archive from outside (an XLSX workbook) may declare before anything is inflated: a 1 MB file
 * can otherwise unpack to gigabytes (a "zip bomb") and take the memory of the whole window with it.
 */
export interface ZipLimits {
  maxEntries: number;
  /** The sum of every entry's declared inflated size. */
  maxInflatedBytes: number;
  /** Inflated ÷ compressed size of one entry, checked for entries past RATIO_FLOOR_BYTES. */
  maxRatio: number;
}

/**
 * A real workbook has a dozen parts and inflates about ten times (a 50,000-row sheet: 8 MB to 75 MB);
 * deflate can reach about 1,000 times, which only a file built for it does.
 */
export const WORKBOOK_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

/** Below this size an entry cannot hurt, whatever its ratio (a small run of blanks compresses well). */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

export type ZipCheck =
  | { ok: true; entries: ZipEntry[] }
  /** Without a problem: not a zip archive that can be read, which each reader says in its own words. */
  | { ok: false; problem?: FileProblem };

const limitProblem = (entries: readonly ZipEntry[], limits: ZipLimits): FileProblem | undefined => {
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    const ratio = entry.originalSize / Math.max(entry.size, 1);
    if (entry.originalSize > RATIO_FLOOR_BYTES && ratio > limits.maxRatio)
      return {
        message: 'xlsx.problems.compressionRatio',
        params: { part: entry.name, ratio: Math.round(ratio), limit: limits.maxRatio },
      };
  }
  if (total > limits.maxInflatedBytes)
    return {
      message: 'xlsx.problems.tooLargeInflated',
      params: { size: megabytes(total), limit: megabytes(limits.maxInflatedBytes) },
    };
  return undefined;
};

/**
 * Lists a zip archive's entries and checks their count, total declared size and compression ratio, all
 * from the central directory: nothing is inflated here.
 */
export const checkZip = (bytes: Uint8Array, limits: ZipLimits): ZipCheck => {
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) {
    if (directory.reason === 'unreadable') return { ok: false };
    return {
      ok: false,
      problem: {
        message: 'xlsx.problems.tooManyEntries',
        params: { count: directory.count, limit: limits.maxEntries },
      },
    };
  }
  const problem = limitProblem(directory.entries, limits);
  return problem ? { ok: false, problem } : { ok: true, entries: directory.entries };
};
