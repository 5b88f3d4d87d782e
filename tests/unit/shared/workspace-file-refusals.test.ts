import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { containerOf, legacyWorkspaceJson, sampleWorkspace } from './workspace-fixture';
import {
  bytesOf,
  sampleFile,
  containerWith,
  problemsOf,
  tampered,
  type RawFile,
} from './workspace-file-samples';

describe('a workspace file that is refused', () => {
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
});
