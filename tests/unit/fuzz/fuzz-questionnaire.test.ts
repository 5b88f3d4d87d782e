import { describe, expect, it } from 'vitest';
import { readQuestionnaire, type QuestionnaireReadResult } from '@shared/questionnaire';
import { assessment, checklist, englishWords, exportFor } from '../shared/questionnaire-fixtures';
import { runFuzz } from './harness';
import { mutateXlsx } from './mutate-xlsx';

describe('fuzzing the vendor questionnaire reader', () => {
  it(
    'reads 1,000 damaged or crafted returned questionnaires into answers or named problems',
    { timeout: 60_000 },
    async () => {
      const seed = await exportFor();
      const report = await runFuzz<Uint8Array, QuestionnaireReadResult>({
        count: 1_000,
        seed: 0x9e57,
        budgetMs: 2_000,
        generate: (random) => {
          const { bytes, how } = mutateXlsx(seed, random);
          return { input: bytes, how };
        },
        read: (bytes) => readQuestionnaire(bytes, { checklist, assessment, words: [englishWords] }),
        refusal: (result) => (result.ok ? undefined : result.problems.map((problem) => problem.message)),
      });
      expect(report.faults).toEqual([]);
      expect(report.refused).toBeGreaterThan(500);
    },
  );
});
