import { Fieldset, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '@renderer/i18n';
import { usePreferences } from '@renderer/stores/preferences';

export const LanguageSection = () => {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  return (
    <Fieldset legend={t('settings.language.title')}>
      <Select
        label={t('settings.language.label')}
        data={languages.map((value) => ({ value, label: t(`settings.language.${value}`) }))}
        value={language}
        allowDeselect={false}
        onChange={(value) => {
          if (isLanguage(value)) setLanguage(value);
        }}
      />
    </Fieldset>
  );
};
