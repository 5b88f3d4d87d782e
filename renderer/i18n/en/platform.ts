export const platform = {
  fileTooLarge: '{{name}} is {{size}}, larger than the {{limit}} this import accepts.',
  fileUnreadable: '{{name}} could not be read. Check that it still exists and that you may open it.',
} as const;
