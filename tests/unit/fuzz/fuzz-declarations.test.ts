import { describe, expect, it } from 'vitest';
import { declarationsTemplateCsv, readDeclarations, type DeclarationsReadResult } from '@shared/declarations';
import { declarationAggregatesSchema } from '@shared/domain/standards';
import { bytesOf, isldCsv, type IsldRow } from '../shared/declarations/isld-fixture';
import { runFuzz } from './harness';
import { mutateBytes } from './mutate-bytes';
import { mutateCsv } from './mutate-csv';

const isldRows: IsldRow[] = [
  {
    COMP_LEGAL_NAME: 'Huawei Technologies Co., Ltd.',
    TGPP_NUMBER: '38.331',
    DIPG_PATF_ID: '1001',
    '5G': '1',
  },
  {
    COMP_LEGAL_NAME: 'Nokia Technologies Oy',
    Standard: 'ETSI TS 136 331',
    TGPP_NUMBER: '',
    DIPG_PATF_ID: '',
    PUBL_NUMBER: 'EP1234567B1 | US9999999B2',
    '4G': '1',
  },
  {
    COMP_LEGAL_NAME: 'ZTE Corporation',
    '3GPP_Type': 'TR',
    TGPP_NUMBER: '38.912',
    DIPG_PATF_ID: '3002',
    '2G': '',
    '3G': '',
    '4G': '',
    '5G': '',
  },
];
const seeds = [bytesOf(isldCsv(isldRows)), bytesOf(declarationsTemplateCsv())];

/** An accepted file must give aggregates a declaration set can store: the schema the workspace file checks. */
const refusal = (result: DeclarationsReadResult): string[] | undefined => {
  if (!result.ok) return result.problems.map((problem) => problem.message);
  return declarationAggregatesSchema.safeParse(result.value.aggregates).success
    ? undefined
    : ['(aggregates the schema refuses)'];
};

describe('fuzzing the declarations reader', () => {
  it(
    'reads 1,000 damaged ISLD exports and templates into storable aggregates or a named refusal',
    { timeout: 120_000 },
    async () => {
      const report = await runFuzz<Uint8Array | Blob, DeclarationsReadResult>({
        count: 1_000,
        seed: 0x5e9_1513,
        budgetMs: 1_500,
        generate: (random, index) => {
          const seed = random.pick(seeds);
          const { bytes, how } = random.chance(0.7)
            ? mutateCsv(seed, random)
            : { bytes: mutateBytes(seed, random), how: 'bytes' };
          // Every fourth file arrives as a Blob, as a file too large to load does.
          return index % 4 === 0
            ? { input: new Blob([bytes as Uint8Array<ArrayBuffer>]), how: `${how} as Blob` }
            : { input: bytes, how };
        },
        read: (input) => readDeclarations(input),
        refusal,
      });
      expect(report.faults).toEqual([]);
      expect(report.accepted).toBeGreaterThan(100);
      expect(report.refused).toBeGreaterThan(100);
    },
  );
});
