import { createHash } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { saveSettings } from '@renderer/data/settings';
import { exportWorkspace, replaceWorkspace } from '@renderer/data/workspace-backup';
import { readWorkspaceInWorker } from '@renderer/features/settings/readWorkspaceInWorker';
import { evidenceRecordSchema, maxEvidenceBytes } from '@shared/domain';
import { forEachChunk } from '@shared/workspace/blob-chunks';
import { fixtureApp as app } from '../shared/workspace-fixture';
import { inProcessWorker } from './in-process-worker';

const MiB = 1024 * 1024;
/** 17 files of 25 MiB, the largest evidence accepted: 425 MiB, past the ~384 MiB where one string failed. */
const FILES = 17;

/** A 25 MiB file whose bytes differ from every other file's, built from 1 MiB blocks without computing them. */
const evidenceFile = (index: number, block: Uint8Array<ArrayBuffer>): Blob => {
  const own = block.slice();
  own.fill(index, 0, 4096);
  return new Blob([own, ...Array.from({ length: maxEvidenceBytes / MiB - 1 }, () => block)]);
};

/** SHA-256 read as a stream by Node's own hash, so checking 425 MiB twice stays fast and small. */
const hashOf = async (blob: Blob): Promise<string> => {
  const hash = createHash('sha256');
  await forEachChunk(blob, (chunk) => hash.update(chunk));
  return hash.digest('hex');
};

beforeEach(async () => {
  await openWorkspace(
    new WorkbenchDatabase('large-backup-test', { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await saveSettings({ userName: 'Ana', organisationName: 'Example Telecom' });
});
afterEach(() => closeWorkspace());

it('backs up and restores 425 MiB of evidence, every file identical after', { timeout: 60_000 }, async () => {
  const block = Uint8Array.from({ length: MiB }, (_, index) => (index * 31) % 251);
  const hashes = new Map<string, string>();
  for (let index = 0; index < FILES; index += 1) {
    const blob = evidenceFile(index, block);
    const record = evidenceRecordSchema.parse({
      id: crypto.randomUUID(),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      fileName: `audit-${index}.pdf`,
      mimeType: 'application/pdf',
      size: blob.size,
      sha256: await hashOf(blob),
    });
    hashes.set(record.id, record.sha256);
    await workspace().evidence.add({ ...record, blob });
  }

  const started = performance.now();
  const built = await exportWorkspace(app);
  const backedUp = performance.now();
  expect(built.ok).toBe(true);
  if (!built.ok) return;
  expect(built.backup.file.size).toBeGreaterThan(FILES * maxEvidenceBytes);
  await workspace().evidence.clear();

  const checked = await readWorkspaceInWorker(built.backup.file, { createWorker: inProcessWorker });
  const read = performance.now();
  expect(checked.ok).toBe(true);
  if (!checked.ok) return;
  await replaceWorkspace(checked.value);
  const restored = performance.now();

  const stored = await workspace().evidence.toArray();
  expect(
    new Map(await Promise.all(stored.map(async (row) => [row.id, await hashOf(row.blob)] as const))),
  ).toEqual(hashes);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.info(
    `${(built.backup.file.size / MiB).toFixed(0)} MiB backup: built ${seconds(backedUp - started)}, ` +
      `read and checked ${seconds(read - backedUp)}, written ${seconds(restored - read)}; ` +
      `RSS at the end ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB`,
  );
});
