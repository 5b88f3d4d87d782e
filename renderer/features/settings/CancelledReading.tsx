import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The note left once the user has cancelled the reading of a workspace file (for a restore or a merge). */
export const CancelledReading = () => {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" role="status">
      {t('common.fileTask.cancelled')}
    </Text>
  );
};
