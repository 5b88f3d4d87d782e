export const common = {
  unnamedUser: 'Unnamed user',
  loading: 'Loading…',
  errors: {
    quota:
      'The disk is full or this app has used its storage allowance, so nothing was saved. Free some space and try again.',
    unexpected: 'Something went wrong: {{message}}',
  },
  actions: {
    cancel: 'Cancel',
  },
  fileTask: {
    timeout:
      'This file cannot be read: reading it took too long, so it was stopped. It may be damaged or built to hang the app; nothing was changed.',
    crashed: 'This file cannot be read: it is damaged or not the kind of file expected. Nothing was changed.',
    cancelled: 'Reading the file was cancelled. Nothing was changed.',
    reading: 'Reading {{fileName}}…',
    cancel: 'Cancel',
  },
  fileField: {
    choose: 'Choose a file…',
    none: 'No file chosen',
  },
  table: {
    rowCount_one: '{{count}} row',
    rowCount_other: '{{count}} rows',
  },
} as const;
