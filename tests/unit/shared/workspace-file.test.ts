import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildWorkspaceFile,
  currentFormatVersion,
  readWorkspaceFile,
  workspaceFileJsonSchema,
  type WorkspaceFileContents,
  type WorkspaceFileProblem,
} from '@shared/workspace/workspace-file';
import type { WorkspaceTable } from '@shared/workspace/workspace-data';
import {
  containerOf,
  evidenceFilesOf,
  fixtureApp as app,
  legacyWorkspaceJson,
  sampleWorkspace,
} from './workspace-fixture';

const organisation = { name: 'Example Telecom', country: 'FR' };
const exportedAt = '2026-01-31T09:00:00.000Z';
const now = new Date('2026-02-01T12:00:00.000Z');

type RawFile = Record<WorkspaceTable, Array<Record<string, unknown>>> & Record<string, unknown>;

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The sample workspace as a version 3 file, and its records entry as a JSON object to tamper with. */
const sampleFile = async (options: { forceZip64?: boolean } = {}) => {
  const workspace = await sampleWorkspace();
  const built = await buildWorkspaceFile(
    {
      records: workspace.records,
      evidenceFiles: evidenceFilesOf(workspace.evidenceBytes),
      organisation,
      app,
      exportedAt,
    },
    options,
  );
  if (!built.ok) throw new Error('The sample was not built.');
  const entries = unzipSync(await bytesOf(built.file));
  const raw = JSON.parse(new TextDecoder().decode(entries['workspace.json'])) as RawFile;
  return { workspace, file: built.file, entries, raw };
};

/** A container of the (tampered) records and the sample's evidence entries. */
const containerWith = async (raw: unknown, evidence: ReadonlyMap<string, Uint8Array<ArrayBuffer>>) =>
  containerOf({
    'workspace.json': JSON.stringify(raw),
    ...Object.fromEntries([...evidence].map(([id, bytes]) => [`evidence/${id}`, bytes])),
  });

const problemsOf = async (file: Blob): Promise<WorkspaceFileProblem[]> => {
  const result = await readWorkspaceFile(file, { now });
  if (result.ok) throw new Error('The file was accepted.');
  return result.problems;
};

const tampered = async (change: (raw: RawFile) => void) => {
  const { raw, workspace } = await sampleFile();
  change(raw);
  return problemsOf(await containerWith(raw, workspace.evidenceBytes));
};

/** The contents with each evidence Blob read as bytes, to compare by content. */
const withBytes = async ({ evidenceFiles, ...contents }: WorkspaceFileContents) => ({
  ...contents,
  evidenceBytes: new Map(
    await Promise.all([...evidenceFiles].map(async ([id, blob]) => [id, await bytesOf(blob)] as const)),
  ),
});

describe('workspace file', () => {
  it('reads back, record for record and byte for byte, what it was built from', async () => {
    const { workspace, file } = await sampleFile();
    const result = await readWorkspaceFile(file, { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await withBytes(result.value)).toEqual({
      records: workspace.records,
      evidenceBytes: workspace.evidenceBytes,
      organisation,
      exportedAt,
      app,
    });
  });

  it('upgrades a version 3 backup, kept as the app wrote it, through format 4 to one without decisions', async () => {
    const frozen = readFileSync(
      fileURLToPath(new URL('../fixtures/workspace-v3.json', import.meta.url)),
      'utf8',
    );
    const version3 = JSON.parse(frozen) as RawFile;
    const result = await readWorkspaceFile(await containerOf({ 'workspace.json': frozen }), { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.records.decisions).toEqual([]);
    expect(result.value.records.declarationSets).toEqual([]);
    // Format 4 made every vendor so far a supplier without alias.
    expect(result.value.records.vendors).toEqual(
      version3.vendors.map((vendor) => ({ ...vendor, roles: ['supplier'], aliases: [] })),
    );
    expect(result.value.records.risks).toEqual(version3.risks);
    expect(result.value.records.sbomComponents).toEqual(version3.sbomComponents);
  });

  it('is a ZIP container any archive tool opens: the records as JSON, each evidence file stored as it is', async () => {
    const { workspace, file, entries, raw } = await sampleFile();
    const [[evidenceId, bytes]] = [...workspace.evidenceBytes] as [[string, Uint8Array<ArrayBuffer>]];
    expect(Object.keys(entries).sort()).toEqual([`evidence/${evidenceId}`, 'workspace.json']);
    expect(entries[`evidence/${evidenceId}`]).toEqual(bytes);
    expect(raw).toMatchObject({
      format: 'diligence-workbench/workspace',
      formatVersion: currentFormatVersion,
      app,
      organisation,
    });
    expect(raw.evidence[0]).not.toHaveProperty('contentBase64');
    // Stored, not deflated: the evidence bytes lie in the file as they are, so a restore can slice them.
    expect(Buffer.from(await bytesOf(file)).indexOf(Buffer.from(bytes))).toBeGreaterThan(0);
  });

  it('writes and reads ZIP64 records, which a backup past 4 GiB or 65,535 files needs', async () => {
    const { workspace, file, entries } = await sampleFile({ forceZip64: true });
    expect(Object.keys(entries)).toHaveLength(2);
    const result = await readWorkspaceFile(file, { now });
    expect(result.ok && (await withBytes(result.value)).evidenceBytes).toEqual(workspace.evidenceBytes);
  });

  it('still reads a version 2 backup (one JSON text, evidence as base64)', async () => {
    const workspace = await sampleWorkspace();
    const result = await readWorkspaceFile(new Blob([legacyWorkspaceJson(workspace, exportedAt)]), { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await withBytes(result.value)).toEqual({
      // A version 2 file had no decisions: it reads as a workspace without any.
      records: { ...workspace.records, decisions: [] },
      evidenceBytes: workspace.evidenceBytes,
      organisation,
      exportedAt,
      app,
    });
  });

  it('upgrades a version 1 file by adding empty SBOM components and reference lists', async () => {
    const workspace = await sampleWorkspace();
    const {
      sbomComponents: _sbom,
      referenceEntries: _reference,
      ...version1
    } = JSON.parse(legacyWorkspaceJson(workspace)) as RawFile;
    const result = await readWorkspaceFile(new Blob([JSON.stringify({ ...version1, formatVersion: 1 })]), {
      now,
    });
    expect(result.ok && result.value.records.sbomComponents).toEqual([]);
    expect(result.ok && result.value.records.referenceEntries).toEqual([]);
    expect(result.ok && result.value.records.vendors).toEqual(workspace.records.vendors);
  });

  it('refuses a newer format, naming the app version that wrote it and the format this app reads', async () => {
    const problems = await tampered((raw) => {
      raw.formatVersion = currentFormatVersion + 1;
      raw.app = { ...app, version: '2.4.0' };
    });
    expect(problems).toEqual([
      {
        message: 'workspaceFile.problems.newerVersion',
        params: {
          fileVersion: currentFormatVersion + 1,
          appVersion: '2.4.0',
          readVersion: currentFormatVersion,
        },
      },
    ]);
  });

  it('refuses a file whose version says another build: plain JSON of version 3, a container of version 2', async () => {
    const workspace = await sampleWorkspace();
    const json = JSON.parse(legacyWorkspaceJson(workspace)) as RawFile;
    expect(await problemsOf(new Blob([JSON.stringify({ ...json, formatVersion: 3 })]))).toEqual([
      {
        field: 'formatVersion',
        message: 'workspaceFile.problems.containerAsJson',
        params: { fileVersion: 3 },
      },
    ]);
    expect(await problemsOf(await containerOf({ 'workspace.json': JSON.stringify(json) }))).toEqual([
      {
        field: 'formatVersion',
        message: 'workspaceFile.problems.jsonInContainer',
        params: { fileVersion: 2 },
      },
    ]);
  });

  it('refuses text that is not JSON, or JSON that is not a workspace', async () => {
    expect(await problemsOf(new Blob(['{"format": ']))).toEqual([
      { message: 'workspaceFile.problems.notJson' },
    ]);
    expect(
      await problemsOf(
        new Blob([JSON.stringify({ format: 'diligence-workbench/checklists', formatVersion: 1 })]),
      ),
    ).toEqual([{ message: 'workspaceFile.problems.notWorkspace' }]);
  });

  it('names the table, record, id and field of an invalid record, and checks every table', async () => {
    let ids: string[] = [];
    const problems = await tampered((raw) => {
      raw.vendors[1]!.hqCountry = 'XX';
      raw.risks[0]!.likelihood = 9;
      ids = [raw.vendors[1]!.id as string, raw.risks[0]!.id as string];
    });
    expect(problems).toEqual([
      { table: 'vendors', record: 2, id: ids[0], field: 'hqCountry', message: 'validation.country' },
      { table: 'risks', record: 1, id: ids[1], field: 'likelihood', message: 'validation.scale' },
    ]);
  });

  it('refuses two records of a table with the same id', async () => {
    let id = '';
    const problems = await tampered((raw) => {
      raw.dependencies.push({ ...raw.dependencies[0]!, name: 'Copy' });
      id = raw.dependencies[0]!.id as string;
    });
    expect(problems).toEqual([
      { table: 'dependencies', record: 3, id, field: 'id', message: 'workspaceFile.problems.duplicateId' },
    ]);
  });

  it('refuses a time in the future beyond 5 minutes of clock difference, naming the record and field', async () => {
    let ids: string[] = [];
    const problems = await tampered((raw) => {
      raw.vendors[1]!.updatedAt = '9999-12-31T00:00:00.000Z';
      raw.auditLog[0]!.at = '2026-02-01T12:06:00.000Z';
      // Four minutes ahead: another machine's clock, not a forgery.
      raw.vendors[0]!.updatedAt = '2026-02-01T12:04:00.000Z';
      ids = [raw.vendors[1]!.id as string, raw.auditLog[0]!.id as string];
    });
    expect(problems).toEqual([
      {
        table: 'vendors',
        record: 2,
        id: ids[0],
        field: 'updatedAt',
        message: 'workspaceFile.problems.future',
        params: { value: '9999-12-31T00:00:00.000Z' },
      },
      {
        table: 'auditLog',
        record: 1,
        id: ids[1],
        field: 'at',
        message: 'workspaceFile.problems.future',
        params: { value: '2026-02-01T12:06:00.000Z' },
      },
    ]);
  });

  const missing = crypto.randomUUID();
  const danglingCases: Array<[string, string, (raw: RawFile) => void]> = [
    ['vendors', 'parentVendorId', (raw) => (raw.vendors[1]!.parentVendorId = missing)],
    ['dependencies', 'vendorId', (raw) => (raw.dependencies[0]!.vendorId = missing)],
    ['dependencies', 'upstreamIds.0', (raw) => (raw.dependencies[1]!.upstreamIds = [missing])],
    ['licences', 'vendorId', (raw) => (raw.licences[0]!.vendorId = missing)],
    ['licences', 'dependencyIds.0', (raw) => (raw.licences[0]!.dependencyIds = [missing])],
    ['risks', 'vendorIds.0', (raw) => (raw.risks[0]!.vendorIds = [missing])],
    ['risks', 'dependencyIds.0', (raw) => (raw.risks[0]!.dependencyIds = [missing])],
    ['risks', 'licenceIds.0', (raw) => (raw.risks[0]!.licenceIds = [missing])],
    [
      'risks',
      'source.assessmentId',
      (raw) => (raw.risks[0]!.source = { assessmentId: missing, itemId: 'q1' }),
    ],
    [
      'assessments',
      'subject.id',
      (raw) => (raw.assessments[0]!.subject = { type: 'dependency', id: missing }),
    ],
    ['assessments', 'checklistId', (raw) => (raw.assessments[0]!.checklistId = missing)],
    ['assessments', 'previousId', (raw) => (raw.assessments[1]!.previousId = missing)],
    [
      'assessments',
      'answers.q1.evidenceIds.0',
      (raw) => (raw.assessments[0]!.answers = { q1: { value: 'no', evidenceIds: [missing] } }),
    ],
    ['evidence', 'assessmentId', (raw) => (raw.evidence[0]!.assessmentId = missing)],
    ['sbomComponents', 'dependencyId', (raw) => (raw.sbomComponents[0]!.dependencyId = missing)],
  ];

  it.each(danglingCases)(
    'refuses a %s record whose %s names a record the file lacks',
    async (table, field, tamper) => {
      expect(await tampered(tamper)).toEqual([
        expect.objectContaining({
          table,
          field,
          message: 'workspaceFile.problems.missingReference',
          params: expect.objectContaining({ id: missing }) as unknown,
        }),
      ]);
    },
  );

  it('refuses an evidence file whose bytes do not match its SHA-256 or size, or that is missing', async () => {
    const { raw, workspace } = await sampleFile();
    const [[id, bytes]] = [...workspace.evidenceBytes] as [[string, Uint8Array<ArrayBuffer>]];
    const altered = bytes.slice();
    altered[10] = altered[10]! ^ 1;
    expect(await problemsOf(await containerWith(raw, new Map([[id, altered]])))).toEqual([
      { table: 'evidence', record: 1, id, field: 'sha256', message: 'workspaceFile.problems.hashMismatch' },
    ]);
    expect(await problemsOf(await containerWith(raw, new Map([[id, bytes.slice(1)]])))).toEqual([
      {
        table: 'evidence',
        record: 1,
        id,
        field: 'size',
        message: 'workspaceFile.problems.sizeMismatch',
        params: { expected: bytes.length, actual: bytes.length - 1 },
      },
    ]);
    expect(await problemsOf(await containerWith(raw, new Map()))).toEqual([
      {
        table: 'evidence',
        record: 1,
        id,
        message: 'workspaceFile.problems.missingEntry',
        params: { name: `evidence/${id}` },
      },
    ]);
  });

  it('refuses a version 2 evidence file that is not base64', async () => {
    const workspace = await sampleWorkspace();
    const json = JSON.parse(legacyWorkspaceJson(workspace)) as RawFile;
    json.evidence[0]!.contentBase64 = 'not base64!';
    expect(await problemsOf(new Blob([JSON.stringify(json)]))).toEqual([
      expect.objectContaining({
        table: 'evidence',
        field: 'contentBase64',
        message: 'workspaceFile.problems.base64',
      }),
    ]);
  });

  it('refuses an entry no record names, and an entry compressed or encrypted', async () => {
    const { raw, workspace } = await sampleFile();
    const evidence = Object.fromEntries(
      [...workspace.evidenceBytes].map(([id, bytes]) => [`evidence/${id}`, bytes]),
    );
    const smuggled = await containerOf({
      'workspace.json': JSON.stringify(raw),
      ...evidence,
      'run-me.exe': 'MZ',
    });
    expect(await problemsOf(smuggled)).toEqual([
      { message: 'workspaceFile.problems.unexpectedEntry', params: { name: 'run-me.exe' } },
    ]);
    const deflated = zipSync(
      { 'workspace.json': new TextEncoder().encode(JSON.stringify(raw)) },
      { level: 6 },
    );
    expect(await problemsOf(new Blob([deflated]))).toEqual([
      { message: 'workspaceFile.problems.packedEntry', params: { name: 'workspace.json' } },
    ]);
  });

  it('refuses a truncated container, and entries that overlap (one file naming the same bytes twice)', async () => {
    const { file } = await sampleFile();
    expect(await problemsOf(file.slice(0, file.size - 10))).toEqual([
      { message: 'workspaceFile.problems.damagedContainer' },
    ]);
    const bytes = await bytesOf(file);
    const second = Buffer.from(bytes).indexOf(
      Buffer.from([0x50, 0x4b, 0x01, 0x02]),
      Buffer.from(bytes).indexOf('PK\x01\x02') + 1,
    );
    new DataView(bytes.buffer).setUint32(second + 42, 0, true);
    expect(await problemsOf(new Blob([bytes]))).toEqual([
      expect.objectContaining({ message: 'workspaceFile.problems.damagedEntry' }),
    ]);
  });

  it('reports at most 200 problems and says how many more there were', async () => {
    const problems = await tampered((raw) => {
      raw.vendors = Array.from({ length: 250 }, () => ({ id: crypto.randomUUID() }));
    });
    expect(problems).toHaveLength(201);
    expect(problems[200]).toMatchObject({ message: 'workspaceFile.problems.more' });
  });

  it('reports its progress up to the whole file, and the file’s SHA-256 when asked', async () => {
    const { file } = await sampleFile();
    const reports: Array<[number, number]> = [];
    const result = await readWorkspaceFile(file, {
      now,
      hashFile: true,
      onProgress: (done, total) => reports.push([done, total]),
    });
    const { createHash } = await import('node:crypto');
    expect(result.ok && result.value.fileSha256).toBe(
      createHash('sha256')
        .update(await bytesOf(file))
        .digest('hex'),
    );
    const [done, total] = reports.at(-1)!;
    expect(done).toBe(total);
  });

  it('keeps the JSON Schema in docs/ equal to what `npm run schema` generates', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../../../docs/workspace-file.schema.json', import.meta.url)),
      'utf8',
    );
    expect(committed).toBe(workspaceFileJsonSchema());
  });
});
