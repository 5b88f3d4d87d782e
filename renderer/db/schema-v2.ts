/**
 * Version 2 of the workspace database adds the decisions (issue 14); every table of version 1 is kept as
 * it was. Only the indexes a screen queries: the list by status and due date, a decision's revisions.
 * Frozen once shipped, as version 1 is.
 */
export const SCHEMA_V2_CHANGES = {
  decisions: 'id, status, dueDate, previousId',
} as const;
