import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { commitImport, previewImport } from '@renderer/data/import';
import { saveSettings } from '@renderer/data/settings';
import { initI18n, languages, type Language } from '@renderer/i18n';
import { registerLabels } from '@renderer/ui/registerLabels';
import { buildRegisterCsv, buildRegistersWorkbook, type RegisterLabels } from '@shared/export';
import { readImportFile, sheetNames, type ImportEntity } from '@shared/import';
import { roundTripRecords } from '../fixtures/round-trip-workspace';

initI18n('en');

const labelsIn = (language: Language): RegisterLabels => {
  const t = i18next.getFixedT(language);
  return registerLabels((key, params) => t(key as never, params));
};

/** The words an English app reads files with: English first, then French. */
const words = [labelsIn('en'), labelsIn('fr')];

/** The registers the import reads, in the order a workspace is rebuilt: links point to earlier ones. */
const entities = ['vendors', 'dependencies', 'licences', 'risks'] as const satisfies readonly ImportEntity[];

const NOW = new Date('2026-03-02T10:00:00.000Z');

const tables = async () => {
  const db = workspace();
  return {
    vendors: await db.vendors.toArray(),
    dependencies: await db.dependencies.toArray(),
    licences: await db.licences.toArray(),
    risks: await db.risks.toArray(),
  };
};

const fill = async () => {
  const records = roundTripRecords(NOW.toISOString());
  const db = workspace();
  await db.vendors.bulkAdd(records.vendors);
  await db.dependencies.bulkAdd(records.dependencies);
  await db.licences.bulkAdd(records.licences);
  await db.risks.bulkAdd(records.risks);
};

const clear = async () => {
  const db = workspace();
  for (const table of [db.vendors, db.dependencies, db.licences, db.risks, db.auditLog]) await table.clear();
};

const input = async (labels: RegisterLabels) => ({
  records: { ...(await tables()), assessments: [] },
  checklists: [],
  labels,
});

/** One file per register as CSV, or the one workbook every register is read from. */
type Exported = Record<ImportEntity, Uint8Array>;

const exportCsv = async (labels: RegisterLabels): Promise<Exported> => {
  const registers = await input(labels);
  const files = await Promise.all(
    entities.map(async (entity) => new TextEncoder().encode(await buildRegisterCsv(entity, registers))),
  );
  return Object.fromEntries(entities.map((entity, index) => [entity, files[index]])) as Exported;
};

const exportXlsx = async (labels: RegisterLabels): Promise<Exported> => {
  const workbook = await buildRegistersWorkbook(await input(labels));
  return Object.fromEntries(entities.map((entity) => [entity, workbook])) as Exported;
};

/** Imports each register's file as the import screen does, checking each has no problem, and commits it. */
const importAll = async (files: Exported) => {
  const plans = [];
  for (const entity of entities) {
    const read = await readImportFile(files[entity], undefined, { sheetNames: sheetNames(entity, words) });
    const plan = await previewImport(entity, read, words);
    expect(plan.problems, `${entity}: ${JSON.stringify(plan.problems)}`).toEqual([]);
    await commitImport(plan, { fileName: `${entity}.csv` });
    plans.push(plan);
  }
  return plans;
};

const formats = { csv: exportCsv, xlsx: exportXlsx };

beforeEach(async () => {
  // Only the clock: the vendors register dates each vendor's last change, and both exports are of one day.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await openWorkspace(new WorkbenchDatabase('round-trip', { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  await fill();
});

afterEach(() => {
  closeWorkspace();
  vi.useRealTimers();
});

describe.each(Object.keys(formats) as (keyof typeof formats)[])('the %s export', (format) => {
  describe.each(languages)('in %s', (language) => {
    const exportFiles = formats[format];

    it('imports back into the workspace it came from without changing a record, and exports the same files', async () => {
      const first = await exportFiles(labelsIn(language));
      const before = await tables();
      const auditBefore = await workspace().auditLog.count();

      const plans = await importAll(first);

      expect(plans.map((plan) => [plan.created, plan.updated])).toEqual([
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 2],
      ]);
      expect(await tables()).toEqual(before);
      expect(await workspace().auditLog.count()).toBe(auditBefore);
      expect(await exportFiles(labelsIn(language))).toEqual(first);
    });

    it('rebuilds an empty workspace that exports the same files', async () => {
      const first = await exportFiles(labelsIn(language));
      const before = await tables();
      await clear();

      const plans = await importAll(first);

      expect(plans.map((plan) => [plan.created, plan.updated])).toEqual([
        [2, 0],
        [2, 0],
        [2, 0],
        [2, 0],
      ]);
      expect(await exportFiles(labelsIn(language))).toEqual(first);
      // Every field the registers hold came back, ids and links included; only the actions' ids are new.
      const after = await tables();
      const withoutActionIds = (risks: typeof before.risks) =>
        risks.map((risk) => ({ ...risk, actions: risk.actions.map(({ id: _id, ...action }) => action) }));
      expect({ ...after, risks: withoutActionIds(after.risks) }).toEqual({
        ...before,
        risks: withoutActionIds(before.risks),
      });
    });
  });
});
