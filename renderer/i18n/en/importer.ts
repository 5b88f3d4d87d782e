export const importer = {
  title: '',
} as const;
