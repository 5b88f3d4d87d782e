import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildWorkspaceFile,
  currentFormatVersion,
  readWorkspaceFile,
  workspaceFileJsonSchema,
  type WorkspaceFileProblem,
  type WorkspaceTable,
} from '@shared/workspace/workspace-file';
import { bytesToBase64 } from '@shared/workspace/base64';
import { sampleWorkspace } from './workspace-fixture';

const app = { name: 'Diligence Workbench', version: '0.1.0' };
const organisation = { name: 'Example Telecom', country: 'FR' };
const exportedAt = '2026-01-31T09:00:00.000Z';

type RawFile = Record<WorkspaceTable, Array<Record<string, unknown>>> & Record<string, unknown>;

/** The sample workspace as file text, and as a JSON object to tamper with. */
const sampleFile = async () => {
  const workspace = await sampleWorkspace();
  const text = buildWorkspaceFile({ ...workspace, organisation, app, exportedAt });
  return { workspace, text, raw: JSON.parse(text) as RawFile };
};

const problemsOf = async (raw: unknown): Promise<WorkspaceFileProblem[]> => {
  const result = await readWorkspaceFile(JSON.stringify(raw));
  if (result.ok) throw new Error('The file was accepted.');
  return result.problems;
};

describe('workspace file', () => {
  it('reads back, record for record, what it was built from, evidence bytes included', async () => {
    const { workspace, text } = await sampleFile();
    const result = await readWorkspaceFile(text);
    expect(result).toEqual({
      ok: true,
      value: {
        records: workspace.records,
        evidenceBytes: workspace.evidenceBytes,
        organisation,
        exportedAt,
        app,
      },
    });
  });

  it('writes the format of design §2 at the current version, evidence as base64', async () => {
    const { workspace, raw } = await sampleFile();
    expect(raw).toMatchObject({
      format: 'diligence-workbench/workspace',
      formatVersion: 2,
      app,
      organisation,
    });
    const [bytes] = workspace.evidenceBytes.values();
    expect(raw.evidence[0]!.contentBase64).toBe(Buffer.from(bytes!).toString('base64'));
  });

  it('encodes large files in chunks that join into valid base64', () => {
    const bytes = Uint8Array.from({ length: 100_001 }, (_, index) => (index * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('upgrades a version 1 file by adding empty SBOM components and reference lists', async () => {
    const { raw, workspace } = await sampleFile();
    const { sbomComponents: _sbom, referenceEntries: _reference, ...version1 } = raw;
    const dependencyIds = workspace.records.dependencies.map((dependency) => dependency.id);
    expect(dependencyIds.length).toBeGreaterThan(0);
    const result = await readWorkspaceFile(JSON.stringify({ ...version1, formatVersion: 1 }));
    expect(result.ok && result.value.records.sbomComponents).toEqual([]);
    expect(result.ok && result.value.records.referenceEntries).toEqual([]);
    expect(result.ok && result.value.records.vendors).toEqual(workspace.records.vendors);
  });

  it('refuses a newer format, naming the app version that wrote it and the format this app reads', async () => {
    const { raw } = await sampleFile();
    const problems = await problemsOf({ ...raw, formatVersion: 3, app: { ...app, version: '2.4.0' } });
    expect(problems).toEqual([
      {
        message: 'workspaceFile.problems.newerVersion',
        params: { fileVersion: 3, appVersion: '2.4.0', readVersion: currentFormatVersion },
      },
    ]);
  });

  it('refuses text that is not JSON, or JSON that is not a workspace', async () => {
    expect(await readWorkspaceFile('{"format": ')).toEqual({
      ok: false,
      problems: [{ message: 'workspaceFile.problems.notJson' }],
    });
    expect(await problemsOf({ format: 'diligence-workbench/checklists', formatVersion: 1 })).toEqual([
      { message: 'workspaceFile.problems.notWorkspace' },
    ]);
  });

  it('names the table, record, id and field of an invalid record, and checks every table', async () => {
    const { raw } = await sampleFile();
    raw.vendors[1]!.hqCountry = 'XX';
    raw.risks[0]!.likelihood = 9;
    const problems = await problemsOf(raw);
    expect(problems).toEqual([
      {
        table: 'vendors',
        record: 2,
        id: raw.vendors[1]!.id,
        field: 'hqCountry',
        message: 'validation.country',
      },
      { table: 'risks', record: 1, id: raw.risks[0]!.id, field: 'likelihood', message: 'validation.scale' },
    ]);
  });

  it('refuses two records of a table with the same id', async () => {
    const { raw } = await sampleFile();
    raw.dependencies.push({ ...raw.dependencies[0]!, name: 'Copy' });
    expect(await problemsOf(raw)).toEqual([
      {
        table: 'dependencies',
        record: 3,
        id: raw.dependencies[0]!.id,
        field: 'id',
        message: 'workspaceFile.problems.duplicateId',
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
      const { raw } = await sampleFile();
      tamper(raw);
      const problems = await problemsOf(raw);
      expect(problems).toEqual([
        expect.objectContaining({
          table,
          field,
          message: 'workspaceFile.problems.missingReference',
          params: expect.objectContaining({ id: missing }) as unknown,
        }),
      ]);
    },
  );

  it('refuses evidence whose bytes do not match its hash, or are not base64', async () => {
    const { raw } = await sampleFile();
    const original = raw.evidence[0]!.contentBase64 as string;
    raw.evidence[0]!.contentBase64 = `${original.slice(0, -8)}QUJDREVG`;
    expect(await problemsOf(raw)).toEqual([
      expect.objectContaining({
        table: 'evidence',
        field: 'sha256',
        message: 'workspaceFile.problems.hashMismatch',
      }),
    ]);
    raw.evidence[0]!.contentBase64 = 'not base64!';
    expect(await problemsOf(raw)).toEqual([
      expect.objectContaining({
        table: 'evidence',
        field: 'contentBase64',
        message: 'workspaceFile.problems.base64',
      }),
    ]);
  });

  it('reports at most 200 problems and says how many more there were', async () => {
    const { raw } = await sampleFile();
    raw.vendors = Array.from({ length: 250 }, () => ({ id: crypto.randomUUID() }));
    const problems = await problemsOf(raw);
    expect(problems).toHaveLength(201);
    expect(problems[200]).toMatchObject({ message: 'workspaceFile.problems.more' });
  });

  it('keeps the JSON Schema in docs/ equal to what `npm run schema` generates', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../../../docs/workspace-file.schema.json', import.meta.url)),
      'utf8',
    );
    expect(committed).toBe(workspaceFileJsonSchema());
  });
});
