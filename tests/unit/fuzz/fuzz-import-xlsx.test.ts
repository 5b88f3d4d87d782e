import { describe, expect, it } from 'vitest';
import {
  planImportRead,
  readImportFile,
  xlsxTemplate,
  type ImportPlan,
  type TemplateText,
} from '@shared/import';
import { englishLabels, englishWords } from '../shared/import-fixtures';
import { runFuzz } from './harness';
import { mutateXlsx } from './mutate-xlsx';

const empty = { vendors: [], dependencies: [], licences: [], risks: [] };

/** The template with its instructions sheet, as a user downloads it: a realistic two-sheet workbook. */
const text: TemplateText = {
  labels: englishLabels,
  instructionsSheet: 'Instructions',
  headings: {
    column: 'Column',
    required: 'Required',
    description: 'Description',
    allowed: 'Allowed',
    example: 'Example',
  },
  yes: 'yes',
  no: 'no',
  describe: (column) => `About ${column.header}`,
};

describe('fuzzing the XLSX bulk import', () => {
  it(
    'reads 1,000 damaged or crafted workbooks into a plan or named problems, each in a moment',
    { timeout: 60_000 },
    async () => {
      const seed = await xlsxTemplate('vendors', text);
      const report = await runFuzz<Uint8Array, ImportPlan>({
        count: 1_000,
        seed: 0x0751,
        budgetMs: 2_000,
        generate: (random) => {
          const { bytes, how } = mutateXlsx(seed, random);
          return { input: bytes, how };
        },
        read: async (bytes) =>
          planImportRead('vendors', await readImportFile(bytes), empty, { words: englishWords }),
        refusal: (plan) => (plan.problems.length === 0 ? undefined : plan.problems.map((p) => p.message)),
      });
      expect(report.faults).toEqual([]);
      expect(report.refused).toBeGreaterThan(500);
    },
  );
});
