import { writeFileSync } from 'node:fs';
import type { WorkspaceRecords } from '../../../shared/workspace/workspace-data';
import { buildWorkspaceFile } from '../../../shared/workspace/workspace-file';

/** A workspace with no records, to spread the tables a test needs over. */
export const noRecords = (): WorkspaceRecords => ({
  vendors: [],
  dependencies: [],
  licences: [],
  risks: [],
  checklists: [],
  assessments: [],
  evidence: [],
  auditLog: [],
  reports: [],
  sbomComponents: [],
  referenceEntries: [],
  declarationSets: [],
  royaltyRates: [],
  decisions: [],
});

/** Writes a workspace file (a ZIP container, no evidence) of `records`, as a backup of the app would be. */
export const writeWorkspaceFile = async (
  path: string,
  records: WorkspaceRecords,
  exportedAt = new Date().toISOString(),
): Promise<void> => {
  const built = await buildWorkspaceFile({
    records,
    evidenceFiles: new Map(),
    // No settings of its own: the built-in list and the defaults.
    settings: {},
    organisation: { name: 'Atlantic Telecom' },
    app: { name: 'Diligence Workbench', version: '0.1.0' },
    exportedAt,
  });
  if (!built.ok) throw new Error('The workspace file was not built.');
  writeFileSync(path, new Uint8Array(await built.file.arrayBuffer()));
};
