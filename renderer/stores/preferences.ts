import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isLanguage, type Language } from '../i18n';

interface PreferencesState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const browserLanguage = (): Language => (navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');

/**
 * Per-machine preferences, kept in localStorage rather than the workspace database: they must be readable
 * before the database opens (the recovery screen is translated too) and they do not travel with a workspace.
 */
export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      language: browserLanguage(),
      setLanguage: (language) => set({ language }),
    }),
    {
      name: 'diligence-workbench.preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      merge: (persisted, current) => {
        const language = (persisted as { language?: unknown } | undefined)?.language;
        return isLanguage(language) ? { ...current, language } : current;
      },
    },
  ),
);
