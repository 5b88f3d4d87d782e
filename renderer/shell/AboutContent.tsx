import { Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/ipc';
import { platform } from '../platform';

export const AboutContent = () => {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    void platform.getAppInfo().then((result) => {
      if (result.ok) setInfo(result.value);
    });
  }, []);
  if (!info) return <Text>{t('common.loading')}</Text>;
  return (
    <Stack gap="xs">
      <Text>{t('frame.about.version', { version: info.version })}</Text>
      <Text>
        {platform.platform === 'electron'
          ? t('frame.about.platformElectron', { electron: info.electron, chrome: info.chrome })
          : t('frame.about.platformWeb')}
      </Text>
      <Text c="dimmed">{t('frame.about.dataLocation')}</Text>
    </Stack>
  );
};
