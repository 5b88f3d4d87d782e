export const exposure = {
  title: '',
} as const;
