import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import { usePreferences } from '../stores/preferences';

/** Applies the chosen language everywhere it shows: the UI, the page's lang attribute and the native menu. */
export const LanguageSync = () => {
  const language = usePreferences((s) => s.language);
  const { i18n } = useTranslation();

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    void platform.setMenuLanguage(language);
  }, [i18n, language]);

  return null;
};
