import { useTranslation } from 'react-i18next';

/**
 * Shared schemas report problems as i18n keys (`validation.*`) so forms, imports and restores show the same
 * wording in the user's language; any other message (from a library) is shown as it is.
 */
export const useIssueMessage = (): ((message: string | undefined) => string | undefined) => {
  const { t, i18n } = useTranslation();
  return (message) => {
    if (!message) return undefined;
    return i18n.exists(message) ? t(message as never) : message;
  };
};
