import type { TFunction } from 'i18next';

/** "Checking the file: 45 %" — the share of the file's bytes checked so far. */
export const checkingLabel = (t: TFunction, done: number, total?: number): string =>
  t('workspaceFile.progress.checking', { percent: total ? Math.floor((100 * done) / total) : 0 });
