import { test } from '@playwright/test';
import { PIECE_BYTES, readDeclarations } from '../shared/declarations';
import { allStandardExposures, buildExposureIndex } from '../shared/domain/standards';
import { median } from './in-page';
import { createCsvStream } from './papaparse-stream';
import { printFigures, record } from './report';
import { isldExportBytes, syntheticExposureInput } from './synthetic-declarations';

/**
 * papaparse's streaming parse of the same bytes and nothing else: the same pieces decoded as UTF-8 and fed
 * to papaparse's stream parser (papaparse-stream.ts), rows dropped as they come.
 */
const papaparseAlone = async (bytes: Uint8Array): Promise<number> => {
  let rows = 0;
  const csv = await createCsvStream((parsed) => {
    rows += parsed.length;
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let at = 0; at < bytes.length; at += PIECE_BYTES)
    csv.push(decoder.decode(bytes.subarray(at, at + PIECE_BYTES), { stream: true }));
  csv.end();
  return rows;
};

/** Wall-clock and CPU time (this process, its threads included) of a piece of work, in ms. */
const timed = async (work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
};

const readOrThrow = async (input: Uint8Array | Blob): Promise<number> => {
  const result = await readDeclarations(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return JSON.stringify(result.value.aggregates).length;
};

test.afterAll(() => printFigures());

// In the bench's Node process, as the concentration figure is: the reader is pure TypeScript, and the
// app runs it in a Web Worker of the same V8.
test('importing a 1,000,000-row ISLD export, against papaparse’s streaming parse alone', async () => {
  test.setTimeout(30 * 60_000);
  const bytes = isldExportBytes(1_000_000);
  const imports: number[] = [];
  const parses: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  let stored = 0;
  // Five pairs, each parse followed by the import: the machine's load weighs on both of a pair alike.
  for (let run = 0; run < 5; run += 1) {
    const parse = await timed(() => papaparseAlone(bytes));
    const read = await timed(async () => {
      stored = await readOrThrow(bytes);
    });
    parses.push(parse.wall);
    imports.push(read.wall);
    ratios.push(read.wall / parse.wall);
    cpuRatios.push(read.cpu / parse.cpu);
  }
  const blob = await timed(() => readOrThrow(new Blob([bytes as Uint8Array<ArrayBuffer>])));
  const megabytes = (bytes.length / 1024 / 1024).toFixed(0);
  record({
    measure: `ISLD export of 1,000,000 rows (${megabytes} MiB): import, aggregates and SHA-256 (median of 5)`,
    value: median(imports),
    unit: 'ms',
  });
  record({
    measure: 'papaparse’s streaming parse of the same bytes alone (median of 5)',
    value: median(parses),
    unit: 'ms',
  });
  record({
    measure: 'ISLD import ÷ papaparse alone, wall clock (median of the 5 pairs)',
    value: median(ratios),
    unit: '×',
    target: 1.3,
  });
  record({
    measure: 'ISLD import ÷ papaparse alone, CPU time (median of the 5 pairs)',
    value: median(cpuRatios),
    unit: '×',
  });
  record({
    measure: 'ISLD import of the same file as a Blob (SHA-256 in JavaScript, slice by slice)',
    value: blob.wall,
    unit: 'ms',
  });
  record({ measure: 'ISLD import: aggregates kept, as JSON', value: stored / 1024, unit: 'kB' });
});

test('exposure of 200 standards × 2,000 holders', () => {
  const input = syntheticExposureInput(200, 2_000);
  const once = (): number => {
    const started = performance.now();
    allStandardExposures(buildExposureIndex(input));
    return performance.now() - started;
  };
  record({
    measure: 'Exposure of every standard in use, 200 standards × 2,000 holders, first run',
    value: once(),
    unit: 'ms',
  });
  const times = Array.from({ length: 5 }, once);
  record({
    measure: 'Exposure of every standard in use, 200 standards × 2,000 holders (median of the 5 next)',
    value: median(times),
    unit: 'ms',
    target: 200,
  });
});
