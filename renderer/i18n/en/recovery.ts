export const recovery = {
  title: 'Your workspace could not be opened',
  body: 'The local database did not open, so nothing is shown rather than an empty workspace. Your data has not been deleted.',
  reasonLabel: 'What the database reported',
  reasons: {
    version:
      'The database was created by a newer version of Diligence Workbench. Install that version (or newer) to open it.',
    blocked:
      'Another window of Diligence Workbench is holding the database open. Close the other windows, then retry.',
    quota: 'The disk is full. Free some disk space, then retry.',
    unavailable:
      'This browser does not allow local storage here (for example in a private window). Use a normal window or the desktop app.',
    unknown: 'The database reported an error that the app does not recognise.',
  },
  retry: 'Try again',
  copyDetails: 'Copy the technical details',
  copied: 'Copied',
} as const;
