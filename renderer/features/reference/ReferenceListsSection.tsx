import { Anchor, Fieldset, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way to the reference lists from Settings, where the workspace's shared data is looked after. */
export const ReferenceListsSection = () => {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('reference.settingsCard.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('reference.settingsCard.body')}</Text>
        <Anchor component={Link} to="/reference">
          {t('reference.settingsCard.open')}
        </Anchor>
      </Stack>
    </Fieldset>
  );
};
