import type { MessageBoxOptions } from 'electron';
import { allowedExternalLink } from '../shared/external-links';
import type { MenuLanguage } from '../shared/ipc';

const labels: Readonly<Record<MenuLanguage, { question: string; open: string; cancel: string }>> = {
  en: { question: 'Open this page in your web browser?', open: 'Open in browser', cancel: 'Cancel' },
  fr: {
    question: 'Ouvrir cette page dans votre navigateur web ?',
    open: 'Ouvrir dans le navigateur',
    cancel: 'Annuler',
  },
};

/** The confirmation the main process shows: the question, the exact address, and Cancel as the default. */
export const externalLinkDialog = (url: string, language: MenuLanguage): MessageBoxOptions => {
  const words = labels[language];
  return {
    type: 'question',
    message: words.question,
    detail: url,
    buttons: [words.open, words.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
};

export type ExternalLinkOutcome = 'opened' | 'refused' | 'declined';

export interface ExternalLinkActions {
  /** Asks the user about the address about to open; true when they chose to open it. */
  confirm: (url: string) => Promise<boolean>;
  open: (url: string) => Promise<void>;
}

/**
 * What happens to a link the page tries to open in a new window: refused unless the address is on the
 * allowlist (shared/external-links.ts), then opened in the user's browser only once they confirm it.
 */
export const openExternalLink = async (
  url: string,
  { confirm, open }: ExternalLinkActions,
): Promise<ExternalLinkOutcome> => {
  const address = allowedExternalLink(url);
  if (address === undefined) return 'refused';
  if (!(await confirm(address))) return 'declined';
  await open(address);
  return 'opened';
};
