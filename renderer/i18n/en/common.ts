export const common = {
  unnamedUser: 'Unnamed user',
  loading: 'Loading…',
  errors: {
    quota:
      'The disk is full or this app has used its storage allowance, so nothing was saved. Free some space and try again.',
    unexpected: 'An unexpected error occurred ({{message}}).',
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
    firstRowsOnly: 'First rows shown; reading the rest of the list…',
  },
  refused: {
    vendorGone: 'The vendor no longer exists (deleted since the screen showed it).',
    linkedVendorsGone_one: 'A linked vendor no longer exists (deleted since the form was opened).',
    linkedVendorsGone_other: '{{count}} linked vendors no longer exist (deleted since the form was opened).',
    linkedDependenciesGone_one: 'A linked dependency no longer exists (deleted since the form was opened).',
    linkedDependenciesGone_other:
      '{{count}} linked dependencies no longer exist (deleted since the form was opened).',
    linkedLicencesGone_one: 'A linked licence no longer exists (deleted since the form was opened).',
    linkedLicencesGone_other:
      '{{count}} linked licences no longer exist (deleted since the form was opened).',
    upstreamGone_one: 'An upstream dependency no longer exists (deleted since the form was opened).',
    upstreamGone_other:
      '{{count}} upstream dependencies no longer exist (deleted since the form was opened).',
  },
} as const;
