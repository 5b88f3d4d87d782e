import { currentFormatVersion } from './workspace-file-schema';

export type RawWorkspaceFile = Record<string, unknown>;

/**
 * Upgraders[n] turns a file of format version n into one of version n + 1; they run in order, so a
 * file of any older version reaches the current one. The next format change adds one entry here.
 */
export const upgraders: Readonly<Record<number, (file: RawWorkspaceFile) => RawWorkspaceFile>> = {
  // Version 2 carries the SBOM components and the reference lists; a version 1 file had neither.
  1: (file) => ({ ...file, formatVersion: 2, sbomComponents: [], referenceEntries: [] }),
  // Version 3 moved each evidence file's bytes out of the JSON into an entry of the container. The records
  // are otherwise alike: the reader of a version 1 or 2 file takes the bytes from `contentBase64`.
  2: (file) => ({ ...file, formatVersion: 3 }),
  // Version 4 carries declaration sets and royalty rates; the new fields of vendors and dependencies have
  // defaults (a supplier without alias, no standard), which the record schemas fill in.
  3: (file) => ({ ...file, formatVersion: 4, declarationSets: [], royaltyRates: [] }),
  // Version 5 carries the decisions (issue 14); an older file had none.
  4: (file) => ({ ...file, formatVersion: 5, decisions: [] }),
  // Version 6 carries the workspace settings; an older file had none of its own, so each is the default.
  5: (file) => ({ ...file, formatVersion: 6, settings: {} }),
  // Version 7 lets an audit event list the records of a bulk import (`records`); the events of an older
  // file, one per record, stay as they are.
  6: (file) => ({ ...file, formatVersion: 7 }),
  // Version 8 adds the bulk action `merge`; the merges of an older file, one event per record, stay as
  // they are.
  7: (file) => ({ ...file, formatVersion: 8 }),
};

export const upgradeWorkspaceFile = (file: RawWorkspaceFile, version: number): RawWorkspaceFile => {
  let upgraded = file;
  for (let from = version; from < currentFormatVersion; from += 1) {
    const upgrade = upgraders[from];
    if (!upgrade) throw new Error(`No upgrade of the workspace file from format version ${from}.`);
    upgraded = upgrade(upgraded);
  }
  return upgraded;
};
