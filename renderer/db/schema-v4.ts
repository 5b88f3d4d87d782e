import { SCHEMA_V3 } from './schema-v3';

const { sbomComponents: _componentRows, ...keptFromV3 } = SCHEMA_V3;

/**
 * Version 4 (issue 12, faster large writes) stores each dependency's SBOM as one document keyed by the
 * dependency, its components inside (searched and summarised in memory), instead of one row per component;
 * every other table of version 3 is kept as it was. The documents are only ever read by their key.
 * Frozen once shipped, as versions 1 to 3 are.
 */
export const SCHEMA_V4 = {
  ...keptFromV3,
  sboms: 'dependencyId',
} as const;

/** The table version 4 deletes, once schema-v4-upgrade.ts has moved its rows into the documents. */
export const DELETED_IN_V4 = { sbomComponents: null } as const;
