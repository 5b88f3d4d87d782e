import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, packagesLoadedWith, reachedFrom } from './import-graph';

const root = path.resolve(import.meta.dirname, '../../..');

/** What the app loads before it draws anything: the modules renderer/main.tsx reaches without `import()`. */
const startModules = [...reachedFrom(importGraph(root, ['renderer', 'shared'], false), 'renderer/main.tsx')];

/** Libraries only some screens or actions use, each loaded with them. */
const heavyLibraries = /^(echarts|exceljs|docx|papaparse|@cyclonedx|ajv|minisearch)(\/|$)/;

describe('the start script', () => {
  it('holds the frame and the router, whose routes are all reached', () => {
    expect(startModules).toContain('renderer/shell/AppFrame.tsx');
    expect(startModules.filter((file) => file.endsWith('/routes.tsx')).length).toBeGreaterThanOrEqual(12);
  });

  it('holds no screen: each route loads its page when it is first opened', () => {
    expect(startModules.filter((file) => /^renderer\/features\/.*Page\.tsx$/.test(file))).toEqual([]);
  });

  it('holds neither the built-in checklists nor the workspace file code, which no first screen needs', () => {
    expect(
      startModules.filter(
        (file) => file.startsWith('shared/checklists/') || file.startsWith('shared/workspace/workspace-file'),
      ),
    ).toEqual([]);
  });

  it('loads no heavy library: charts, spreadsheets, Word, CSV and SBOM code come with what uses them', () => {
    const loaded = startModules.flatMap((file) =>
      packagesLoadedWith(root, file)
        .filter((name) => heavyLibraries.test(name))
        .map((name) => `${file} → ${name}`),
    );
    expect(loaded).toEqual([]);
  });
});
