export const search = {
  title: '',
} as const;
