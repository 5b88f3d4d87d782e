import { describe, expect, it } from 'vitest';
import { builtInChecklists } from '@shared/checklists';
import { checklistFileJson, readChecklistFile } from '@shared/checklists/checklist-file';
import { runFuzz } from './harness';
import { mutateBytes } from './mutate-bytes';
import { mutateJson, type Json } from './mutate-json';

const seedFile = JSON.parse(checklistFileJson(builtInChecklists.slice(0, 2))) as Json;
const seedBytes = new TextEncoder().encode(JSON.stringify(seedFile));

describe('fuzzing the checklist file reader', () => {
  it(
    'refuses 1,000 damaged checklist files with a message, never throwing or hanging',
    { timeout: 60_000 },
    async () => {
      const report = await runFuzz({
        count: 1_000,
        seed: 0xc4ec1157,
        budgetMs: 1_000,
        generate: (random, index) =>
          index % 3 === 0
            ? { input: new TextDecoder().decode(mutateBytes(seedBytes, random)), how: 'bytes' }
            : { input: mutateJson(seedFile, random), how: 'structure' },
        read: (text) => readChecklistFile(new TextEncoder().encode(text)),
        refusal: (result) => (result.ok ? undefined : result.problems.map((problem) => problem.message)),
      });
      expect(report.faults).toEqual([]);
      expect(report.refused).toBeGreaterThan(500);
    },
  );
});
