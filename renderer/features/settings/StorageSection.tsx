import { Alert, Fieldset } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '@renderer/stores/session';

export const StorageSection = () => {
  const { t } = useTranslation();
  const persistence = useSession((s) => s.storagePersistence);
  const message = {
    persistent: t('settings.storage.persistent'),
    'best-effort': t('settings.storage.bestEffort'),
    unknown: t('settings.storage.unknown'),
  }[persistence];
  return (
    <Fieldset legend={t('settings.storage.title')}>
      <Alert color={persistence === 'persistent' ? 'green' : 'yellow'}>{message}</Alert>
    </Fieldset>
  );
};
