import { useTranslation } from 'react-i18next';
import type { SettingsGroup } from '@shared/workspace/workspace-settings';

/** Settings groups named in a sentence of the user's language: "Review cycles and Sign-off policy". */
export const useSettingsGroupNames = (): ((groups: readonly SettingsGroup[]) => string) => {
  const { t, i18n } = useTranslation();
  return (groups) =>
    new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(
      groups.map((group) => t(`workspaceFile.settings.${group}`)),
    );
};
