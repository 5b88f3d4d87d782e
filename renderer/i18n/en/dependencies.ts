export const dependencies = {
  title: '',
} as const;
