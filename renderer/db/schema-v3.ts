import { SCHEMA_V2 } from './schema-v2';

/**
 * Version 3 (issue 14, decisions) adds the decisions table; every table of version 2 is kept as it was.
 * Only the indexes a screen queries: the list by status and due date, a decision's revisions.
 * Frozen once shipped, as versions 1 and 2 are.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  decisions: 'id, status, dueDate, previousId',
} as const;
