import { writeFileSync } from 'node:fs';
import type { WorkspaceRecords } from '../../../shared/workspace/workspace-data';
import { buildWorkspaceFile } from '../../../shared/workspace/workspace-file';
import { assessments, ownChecklist } from './french/assessments';
import {
  auditLog,
  dependencies,
  licences,
  referenceEntries,
  risks,
  sbomComponents,
  vendors,
} from './french/register';
import { declarationSets, decisions, royaltyRates } from './french/standards-decisions';

export { ids } from './french/records';

/** A small workspace of French records: every screen has something to show, all of it in French. */
export const frenchWorkspace = (): WorkspaceRecords => ({
  vendors,
  dependencies,
  licences,
  risks,
  checklists: [ownChecklist],
  assessments,
  evidence: [],
  auditLog,
  reports: [],
  sbomComponents,
  referenceEntries,
  declarationSets,
  royaltyRates,
  decisions,
});

/** The words of the seeded records that the detector must not take for the app's English. */
export const seededWords: readonly string[] = ['openssl', 'NESAS', 'Apache-2.0', 'Radiocom Nordique Oy'];

/** Writes the workspace as a backup file the Settings screen restores. */
export const writeFrenchWorkspace = async (path: string): Promise<void> => {
  const built = await buildWorkspaceFile({
    records: frenchWorkspace(),
    // No settings of its own: the workspace it restores uses the built-in list and the defaults.
    settings: {},
    evidenceFiles: new Map(),
    organisation: { name: 'Opérateur Atlantique', country: 'FR' },
    app: { name: 'Diligence Workbench', version: '0.1.0' },
    exportedAt: new Date().toISOString(),
  });
  if (!built.ok) throw new Error('The French workspace file was not built.');
  writeFileSync(path, new Uint8Array(await built.file.arrayBuffer()));
};
