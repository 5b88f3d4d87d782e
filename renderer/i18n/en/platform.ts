export const platform = {
  fileUnreadable: '{{name}} could not be read. Check that it still exists and that you may open it.',
  /** Why the desktop app could not read or write a file (shared/ipc.ts fileErrorKeys). */
  fileError: {
    diskFull: 'The disk is full: {{name}} was not written. Free some space and try again.',
    noPermission: 'You do not have permission to write or read {{name}}. Choose another folder.',
    readOnly: '{{name}} is on a read-only disk. Choose another folder.',
    notFound: '{{name}} no longer exists.',
    isFolder: '{{name}} is a folder, not a file.',
    notAFile: '{{name}} is not a file (a folder, a device or a pipe); choose a file.',
    tooLarge: '{{name}} is {{size}} MB, larger than the {{limit}} MB this import accepts.',
    unknown: 'Could not access {{name}}: {{detail}}',
  },
} as const;
