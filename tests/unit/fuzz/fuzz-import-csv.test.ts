import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { commitImport, previewImport } from '@renderer/data/import';
import { saveSettings } from '@renderer/data/settings';
import { csvTemplate, readImportFile, type ImportPlan } from '@shared/import';
import { englishLabels, englishWords } from '../shared/import-fixtures';
import { runFuzz } from './harness';
import { mutateCsv } from './mutate-csv';

const snapshot = async () => {
  const db = workspace();
  return JSON.stringify([await db.vendors.toArray(), await db.auditLog.count()]);
};

beforeAll(async () => {
  await openWorkspace(new WorkbenchDatabase('fuzz-import', { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Fuzz', organisationName: 'Example Telecom' });
});
afterAll(() => closeWorkspace());

describe('fuzzing the CSV bulk import', () => {
  it(
    'reads 1,000 damaged vendor files into a plan or named problems; a plan with problems writes nothing',
    { timeout: 60_000 },
    async () => {
      const seed = await csvTemplate('vendors', englishLabels);
      const commitFaults: string[] = [];
      const report = await runFuzz<Uint8Array, ImportPlan>({
        count: 1_000,
        seed: 0xc5f11e,
        budgetMs: 1_500,
        generate: (random) => {
          const { bytes, how } = mutateCsv(seed, random);
          return { input: bytes, how };
        },
        read: async (bytes) => previewImport('vendors', await readImportFile(bytes), englishWords),
        refusal: (plan) => (plan.problems.length === 0 ? undefined : plan.problems.map((p) => p.message)),
      });
      expect(report.faults).toEqual([]);
      expect(report.refused).toBeGreaterThan(300);

      // Every twentieth input goes on to the commit: all of its records or none.
      const again = await runFuzz<Uint8Array, ImportPlan>({
        count: 50,
        seed: 0xc5f11f,
        budgetMs: 5_000,
        generate: (random) => ({ input: mutateCsv(seed, random).bytes, how: 'commit' }),
        read: async (bytes) => {
          const plan = await previewImport('vendors', await readImportFile(bytes), englishWords);
          const before = await snapshot();
          const vendorsBefore = await workspace().vendors.count();
          const committed = await commitImport(plan, { fileName: 'fuzz.csv' }).then(
            () => true,
            () => false,
          );
          if (plan.problems.length > 0 && (committed || (await snapshot()) !== before))
            commitFaults.push('a plan with problems changed the workspace');
          if (
            plan.problems.length === 0 &&
            committed &&
            (await workspace().vendors.count()) !== vendorsBefore + plan.created
          )
            commitFaults.push('a commit wrote part of its plan');
          return plan;
        },
        refusal: (plan) => (plan.problems.length === 0 ? undefined : plan.problems.map((p) => p.message)),
      });
      expect(again.faults).toEqual([]);
      expect(commitFaults).toEqual([]);
    },
  );
});
