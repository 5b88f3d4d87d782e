export const common = {
  unnamedUser: 'Unnamed user',
  loading: 'Loading…',
  errors: {
    quota:
      'The disk is full or this app has used its storage allowance, so nothing was saved. Free some space and try again.',
    unexpected: 'Something went wrong: {{message}}',
  },
  table: {
    rowCount_one: '{{count}} row',
    rowCount_other: '{{count}} rows',
  },
} as const;
