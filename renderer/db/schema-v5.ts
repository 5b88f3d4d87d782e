import { SCHEMA_V4 } from './schema-v4';

/**
 * Version 5 (issue 12, faster large writes): an import writes one audit event listing the records it
 * touched instead of one event per row, found for each record by `*recordKeys` (`table:recordId`, written
 * by the app beside the event, never in the workspace file). Frozen once shipped, as versions 1 to 4 are.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  auditLog: 'id, at, [table+recordId], *recordKeys',
} as const;
