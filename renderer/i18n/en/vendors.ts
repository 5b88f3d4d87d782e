export const vendors = {
  title: '',
} as const;
