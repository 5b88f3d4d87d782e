import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildWorkspaceFile, readWorkspaceFile } from '@shared/workspace/workspace-file';
import type { WorkspaceFileReadResult } from '@shared/workspace/workspace-file';
import {
  containerOf,
  evidenceFilesOf,
  fixtureApp,
  legacyWorkspaceJson,
  sampleWorkspace,
} from '../shared/workspace-fixture';
import { sampleSettings } from '../fixtures/workspace-settings';
import { runFuzz } from './harness';
import { mutateBytes } from './mutate-bytes';
import { mutateJson, type Json } from './mutate-json';

const RECORDS_ENTRY = 'workspace.json';

describe('fuzzing the workspace file reader', () => {
  it(
    'refuses 1,000 damaged or crafted backups by name, and whatever it accepts carries the evidence unchanged',
    { timeout: 60_000 },
    async () => {
      const workspace = await sampleWorkspace();
      const built = await buildWorkspaceFile({
        records: workspace.records,
        // Every settings group filled, so the damaged bytes reach them too.
        settings: sampleSettings(),
        evidenceFiles: evidenceFilesOf(workspace.evidenceBytes),
        organisation: { name: 'Example Telecom' },
        app: fixtureApp,
        exportedAt: '2026-01-31T09:00:00.000Z',
      });
      if (!built.ok) throw new Error('The sample was not built.');
      const container = new Uint8Array(await built.file.arrayBuffer());
      const legacy = new TextEncoder().encode(legacyWorkspaceJson(workspace));
      const legacyRecords = JSON.parse(new TextDecoder().decode(legacy)) as Json;
      const evidence = [...workspace.evidenceBytes.values()];
      const changedEvidence: string[] = [];

      const report = await runFuzz<Blob, WorkspaceFileReadResult>({
        count: 1_000,
        seed: 0x3a7e,
        budgetMs: 2_000,
        generate: (random) => {
          switch (random.below(3)) {
            case 0:
              return { input: new Blob([mutateBytes(container, random)]), how: 'container bytes' };
            case 1:
              return { input: new Blob([mutateBytes(legacy, random)]), how: 'format 2 bytes' };
            default:
              return { input: new Blob([mutateJson(legacyRecords, random)]), how: 'format 2 structure' };
          }
        },
        read: async (file) => {
          const result = await readWorkspaceFile(file, { now: new Date('2026-02-01T00:00:00Z') });
          if (result.ok) {
            const read = await Promise.all(
              [...result.value.evidenceFiles.values()].map(
                async (blob) => new Uint8Array(await blob.arrayBuffer()),
              ),
            );
            if (JSON.stringify(read) !== JSON.stringify(evidence)) changedEvidence.push('evidence changed');
          }
          return result;
        },
        refusal: (result) => (result.ok ? undefined : result.problems.map((problem) => problem.message)),
      });
      expect(report.faults).toEqual([]);
      expect(changedEvidence).toEqual([]);
      expect(report.refused).toBeGreaterThan(500);
    },
  );

  it(
    'refuses a container whose records entry was rewritten with hostile values',
    { timeout: 60_000 },
    async () => {
      const workspace = await sampleWorkspace();
      const built = await buildWorkspaceFile({
        records: workspace.records,
        // Every settings group filled, so the hostile rewrites of the records entry reach them too.
        settings: sampleSettings(),
        evidenceFiles: evidenceFilesOf(workspace.evidenceBytes),
        organisation: { name: 'Example Telecom' },
        app: fixtureApp,
        exportedAt: '2026-01-31T09:00:00.000Z',
      });
      if (!built.ok) throw new Error('The sample was not built.');
      const entries = unzipSync(new Uint8Array(await built.file.arrayBuffer()));
      const records = JSON.parse(new TextDecoder().decode(entries[RECORDS_ENTRY])) as Json;
      const report = await runFuzz<string, WorkspaceFileReadResult>({
        count: 200,
        seed: 0x3a7f,
        budgetMs: 2_000,
        generate: (random) => ({ input: mutateJson(records, random), how: 'records entry' }),
        read: async (json) => {
          const others = Object.fromEntries(
            Object.entries(entries)
              .filter(([name]) => name !== RECORDS_ENTRY)
              .map(([name, bytes]) => [name, new Uint8Array(bytes)]),
          );
          return readWorkspaceFile(await containerOf({ [RECORDS_ENTRY]: json, ...others }), {
            now: new Date('2026-02-01T00:00:00Z'),
          });
        },
        refusal: (result) => (result.ok ? undefined : result.problems.map((problem) => problem.message)),
      });
      expect(report.faults).toEqual([]);
    },
  );
});
