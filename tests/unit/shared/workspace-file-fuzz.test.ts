import { describe, expect, it } from 'vitest';
import { buildWorkspaceFile, readWorkspaceFile } from '@shared/workspace/workspace-file';
import { evidenceFilesOf, fixtureApp, legacyWorkspaceJson, sampleWorkspace } from './workspace-fixture';

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** The file with a few bytes changed, a slice cut out or its end cut off, as a damaged or crafted copy would be. */
const mutate = (bytes: Uint8Array, next: () => number): Uint8Array<ArrayBuffer> => {
  const copy = bytes.slice();
  const at = () => Math.floor(next() * copy.length);
  switch (Math.floor(next() * 3)) {
    case 0:
      for (let flips = 1 + Math.floor(next() * 8); flips > 0; flips -= 1)
        copy[at()] = Math.floor(next() * 256);
      return copy;
    case 1: {
      const start = at();
      return new Uint8Array([
        ...copy.subarray(0, start),
        ...copy.subarray(start + 1 + Math.floor(next() * 64)),
      ]);
    }
    default:
      return copy.slice(0, at());
  }
};

describe('reading a damaged or crafted workspace file', () => {
  it(
    'never throws and never accepts a changed file silently: 150 seeded mutations',
    { timeout: 30_000 },
    async () => {
      const workspace = await sampleWorkspace();
      const built = await buildWorkspaceFile({
        records: workspace.records,
        evidenceFiles: evidenceFilesOf(workspace.evidenceBytes),
        organisation: { name: 'Example Telecom' },
        app: fixtureApp,
        exportedAt: '2026-01-31T09:00:00.000Z',
      });
      if (!built.ok) throw new Error('The sample was not built.');
      const originals = [
        new Uint8Array(await built.file.arrayBuffer()),
        new TextEncoder().encode(legacyWorkspaceJson(workspace)),
      ];
      const next = random(11);
      for (let round = 0; round < 150; round += 1) {
        const original = originals[round % 2]!;
        const damaged = mutate(original, next);
        const result = await readWorkspaceFile(new Blob([damaged]), {
          now: new Date('2026-02-01T00:00:00Z'),
        });
        // A change may land where nothing is read (a header's time, a name's case in JSON whitespace)...
        if (result.ok) {
          const read = await Promise.all(
            [...result.value.evidenceFiles.values()].map(
              async (blob) => new Uint8Array(await blob.arrayBuffer()),
            ),
          );
          // ...but whatever is accepted carries the evidence bytes unchanged.
          expect(read).toEqual([...workspace.evidenceBytes.values()]);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
        }
      }
    },
  );
});
