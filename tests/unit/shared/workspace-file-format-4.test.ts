import { describe, expect, it } from 'vitest';
import { declarationSetSchema, royaltyRateSchema } from '@shared/domain/standards';
import { buildWorkspaceFile, readWorkspaceFile } from '@shared/workspace/workspace-file';
import { FORMAT_3_RECORDS } from '../fixtures/workspace/format-3-records';
import { containerOf, evidenceFilesOf, fixtureApp as app, sampleWorkspace } from './workspace-fixture';

const now = new Date('2026-04-01T12:00:00.000Z');

describe('workspace file format 4 (standards and declared patents)', () => {
  it('upgrades a frozen format 3 backup: every record kept, vendors are suppliers, dependencies list no standard', async () => {
    const result = await readWorkspaceFile(await containerOf({ 'workspace.json': FORMAT_3_RECORDS }), {
      now,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const frozen = JSON.parse(FORMAT_3_RECORDS) as { vendors: object[]; dependencies: object[] };
    const { records } = result.value;
    expect(records.vendors).toEqual([{ ...frozen.vendors[0], roles: ['supplier'], aliases: [] }]);
    expect(records.dependencies).toEqual([{ ...frozen.dependencies[0], standards: [] }]);
    expect(records.declarationSets).toEqual([]);
    expect(records.royaltyRates).toEqual([]);
  });

  it('carries declaration sets and royalty rates through a backup and back', async () => {
    const workspace = await sampleWorkspace();
    const holder = workspace.records.vendors[0]!;
    const meta = { createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' };
    const set = declarationSetSchema.parse({
      ...meta,
      id: crypto.randomUUID(),
      source: 'template',
      fileName: 'declarations.csv',
      sha256: 'b'.repeat(64),
      importedAt: '2026-03-01T10:00:00.000Z',
      rowCount: 2,
      aggregates: {
        families: 2,
        holders: [{ key: 'nordic radio', name: 'Nordic Radio', spellings: [], country: 'FI', families: 2 }],
        standards: [{ number: 'TS 38.331', families: [[0, 2]] }],
        generations: [{ generation: '5G', families: [[0, 2]] }],
      },
    });
    const rate = royaltyRateSchema.parse({
      ...meta,
      id: crypto.randomUUID(),
      holderId: holder.id,
      basis: 'per-unit',
      value: 2.5,
      currency: 'EUR',
      source: 'Published rate card, 2025',
    });
    const records = {
      ...workspace.records,
      vendors: workspace.records.vendors.map((vendor) =>
        vendor.id === holder.id
          ? { ...vendor, roles: ['supplier' as const, 'patent-holder' as const] }
          : vendor,
      ),
      dependencies: workspace.records.dependencies.map((dependency) => ({
        ...dependency,
        standards: ['TS 38.331'],
      })),
      declarationSets: [set],
      royaltyRates: [rate],
    };
    const built = await buildWorkspaceFile({
      records,
      settings: {},
      evidenceFiles: evidenceFilesOf(workspace.evidenceBytes),
      organisation: { name: 'Example Telecom' },
      app,
      exportedAt: '2026-03-31T09:00:00.000Z',
    });
    if (!built.ok) throw new Error('The file was not built.');
    const result = await readWorkspaceFile(built.file, { now });
    expect(result.ok && result.value.records).toEqual(records);
  });

  it('refuses a royalty rate whose holder the file does not hold', async () => {
    const workspace = await sampleWorkspace();
    const rate = royaltyRateSchema.parse({
      id: crypto.randomUUID(),
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      holderId: crypto.randomUUID(),
      basis: 'percent',
      value: 1,
      source: 'Negotiated',
    });
    const built = await buildWorkspaceFile({
      records: { ...workspace.records, royaltyRates: [rate] },
      settings: {},
      evidenceFiles: evidenceFilesOf(workspace.evidenceBytes),
      organisation: { name: '' },
      app,
      exportedAt: '2026-03-31T09:00:00.000Z',
    });
    if (!built.ok) throw new Error('The file was not built.');
    const result = await readWorkspaceFile(built.file, { now });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.message)).toEqual([
      'workspaceFile.problems.missingReference',
    ]);
  });
});
