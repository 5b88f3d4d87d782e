export const concentration = {
  title: '',
} as const;
