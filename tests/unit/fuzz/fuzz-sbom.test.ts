import { describe, expect, it } from 'vitest';
import { parseSbom, type SbomParseResult } from '@shared/sbom';
import { dependencyId, fixtureBytes } from '../fixtures/sbom/load';
import { runFuzz } from './harness';
import { mutateBytes } from './mutate-bytes';
import { mutateJson, type Json } from './mutate-json';

const fuzzSbom = (fixtures: string[], seed: number) => {
  const seeds = fixtures.map((name) => fixtureBytes(name));
  const documents = seeds.map((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as Json);
  return runFuzz<Uint8Array, SbomParseResult>({
    count: 1_000,
    seed,
    budgetMs: 1_500,
    generate: (random) => {
      const index = random.below(seeds.length);
      return random.chance(0.3)
        ? { input: mutateBytes(seeds[index] ?? new Uint8Array(), random), how: `bytes of ${fixtures[index]}` }
        : {
            input: new TextEncoder().encode(mutateJson(documents[index] ?? null, random)),
            how: `structure of ${fixtures[index]}`,
          };
    },
    read: (bytes) => parseSbom(bytes, dependencyId),
    refusal: (result) => (result.ok ? undefined : result.problems.map((problem) => problem.messageKey)),
  });
};

describe('fuzzing the SBOM readers', () => {
  it(
    'reads 1,000 damaged CycloneDX files into components or named problems',
    { timeout: 60_000 },
    async () => {
      const report = await fuzzSbom(
        [
          'cyclonedx-1.2.json',
          'cyclonedx-1.3.json',
          'cyclonedx-1.4.json',
          'cyclonedx-1.5.json',
          'cyclonedx-1.6.json',
        ],
        0xcd1,
      );
      expect(report.faults).toEqual([]);
      expect(report.refused).toBeGreaterThan(300);
    },
  );

  it('reads 1,000 damaged SPDX files into components or named problems', { timeout: 60_000 }, async () => {
    const report = await fuzzSbom(['spdx-2.2.json', 'spdx-2.3.json'], 0x5bd);
    expect(report.faults).toEqual([]);
    expect(report.refused).toBeGreaterThan(300);
  });
});
