import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  currentFormatVersion,
  readWorkspaceFile,
  workspaceFileJsonSchema,
} from '@shared/workspace/workspace-file';
import { containerOf, fixtureApp as app, legacyWorkspaceJson, sampleWorkspace } from './workspace-fixture';
import {
  organisation,
  exportedAt,
  now,
  settings,
  bytesOf,
  containerWith,
  sampleFile,
  problemsOf,
  tampered,
  withBytes,
  type RawFile,
} from './workspace-file-samples';

describe('workspace file', () => {
  it('reads back, record for record and byte for byte, what it was built from', async () => {
    const { workspace, file } = await sampleFile();
    const result = await readWorkspaceFile(file, { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await withBytes(result.value)).toEqual({
      records: workspace.records,
      settings,
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

  it('upgrades a format 6 file (an audit event per record) to format 7 with its events as they were', async () => {
    const { raw, workspace } = await sampleFile();
    const result = await readWorkspaceFile(
      await containerWith({ ...raw, formatVersion: 6 }, workspace.evidenceBytes),
      { now },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.records.auditLog).toEqual(workspace.records.auditLog);
    expect(result.value.records.auditLog.every((event) => event.records === undefined)).toBe(true);
  });

  it('refuses a bulk event whose record says an action other than create, update or delete', async () => {
    const problems = await tampered((raw) => {
      raw.auditLog.push({
        ...raw.auditLog[0],
        id: crypto.randomUUID(),
        action: 'import',
        recordId: 'vendors.csv',
        records: [{ table: 'vendors', recordId: raw.vendors[0]!.id, action: 'import' }],
      });
    });
    expect(problems).toEqual([expect.objectContaining({ table: 'auditLog', field: 'records.0.action' })]);
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
      // A version 2 file had no decisions and no settings: it reads as a workspace without any.
      records: { ...workspace.records, decisions: [] },
      settings: {},
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
