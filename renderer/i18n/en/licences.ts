export const licences = {
  title: '',
} as const;
