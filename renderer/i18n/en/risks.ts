export const risks = {
  title: '',
} as const;
