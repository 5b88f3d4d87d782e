import { unzipSync } from 'fflate';
import {
  buildWorkspaceFile,
  readWorkspaceFile,
  type WorkspaceFileContents,
  type WorkspaceFileProblem,
} from '@shared/workspace/workspace-file';
import type { WorkspaceTable } from '@shared/workspace/workspace-data';
import { sampleSettings } from '../fixtures/workspace-settings';
import { containerOf, evidenceFilesOf, fixtureApp as app, sampleWorkspace } from './workspace-fixture';

/** The sample workspace as a file, and the means to tamper with it, for the workspace-file tests. */
export const organisation = { name: 'Example Telecom', country: 'FR' };
export const exportedAt = '2026-01-31T09:00:00.000Z';
export const now = new Date('2026-02-01T12:00:00.000Z');

export type RawFile = Record<WorkspaceTable, Array<Record<string, unknown>>> & Record<string, unknown>;

export const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The settings the sample file carries: every group changed from its default. */
export const settings = sampleSettings();

/** The sample workspace as a file of the current version, and its records entry as a JSON object to tamper with. */
export const sampleFile = async (options: { forceZip64?: boolean } = {}) => {
  const workspace = await sampleWorkspace();
  const built = await buildWorkspaceFile(
    {
      records: workspace.records,
      settings,
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
export const containerWith = async (raw: unknown, evidence: ReadonlyMap<string, Uint8Array<ArrayBuffer>>) =>
  containerOf({
    'workspace.json': JSON.stringify(raw),
    ...Object.fromEntries([...evidence].map(([id, bytes]) => [`evidence/${id}`, bytes])),
  });

export const problemsOf = async (file: Blob): Promise<WorkspaceFileProblem[]> => {
  const result = await readWorkspaceFile(file, { now });
  if (result.ok) throw new Error('The file was accepted.');
  return result.problems;
};

export const tampered = async (change: (raw: RawFile) => void) => {
  const { raw, workspace } = await sampleFile();
  change(raw);
  return problemsOf(await containerWith(raw, workspace.evidenceBytes));
};

/** The contents with each evidence Blob read as bytes, to compare by content. */
export const withBytes = async ({ evidenceFiles, ...contents }: WorkspaceFileContents) => ({
  ...contents,
  evidenceBytes: new Map(
    await Promise.all([...evidenceFiles].map(async ([id, blob]) => [id, await bytesOf(blob)] as const)),
  ),
});
