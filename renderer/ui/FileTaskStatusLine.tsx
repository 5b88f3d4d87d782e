import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FileTaskStatus } from '../files/useFileTask';

/**
 * "Reading file.xlsx…" with a Cancel button while the file worker reads it; a note once cancelled. No
 * spinner: without graphics acceleration (headless, many virtual desktops) an endless animation is redrawn
 * by the processor, taking it from the worker (see README, Long actions).
 */
export const FileTaskStatusLine = ({
  status,
  onCancel,
}: {
  status: FileTaskStatus;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  if (!status) return null;
  if (status.step === 'cancelled')
    return (
      <Text c="dimmed" role="status">
        {t('common.fileTask.cancelled')}
      </Text>
    );
  return (
    <Group gap="sm" role="status">
      <Text c="dimmed">{t('common.fileTask.reading', { fileName: status.fileName })}</Text>
      <Button variant="default" size="xs" onClick={onCancel}>
        {t('common.fileTask.cancel')}
      </Button>
    </Group>
  );
};
