export const reference = {
  title: '',
} as const;
