import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackupStatus } from '../data/backup-status';
import { useBackUpWorkspace } from '@renderer/features/settings';
import { useFormatDateTime } from '../ui/useFormatDateTime';

/** A backup older than this, with changes since, is worth a reminder. */
const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Offers a backup when the last one is more than 7 days old (or there never was one) and the workspace has
 * changed since, checked again every hour. Dismissed, it stays away until the app is next opened.
 */
export const BackupReminder = () => {
  const { t } = useTranslation();
  const status = useBackupStatus();
  const formatDateTime = useFormatDateTime();
  const { backUp, busy } = useBackUpWorkspace();
  const [dismissed, setDismissed] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  // An app left open for days still notices when its last backup grows old.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);

  if (dismissed || !status?.changedSince) return null;
  const { lastBackupAt } = status;
  if (lastBackupAt && now - Date.parse(lastBackupAt) < REMIND_AFTER_MS) return null;

  return (
    <Alert
      color="yellow"
      mb="md"
      // A reminder, not an error: announced politely rather than interrupting.
      role="status"
      withCloseButton
      closeButtonLabel={t('workspaceFile.reminder.dismiss')}
      onClose={() => setDismissed(true)}
    >
      <Group justify="space-between">
        <Text size="sm">
          {lastBackupAt
            ? t('workspaceFile.reminder.last', { date: formatDateTime(lastBackupAt) })
            : t('workspaceFile.reminder.never')}
        </Text>
        <Button size="xs" loading={busy} onClick={() => void backUp()}>
          {t('workspaceFile.reminder.backUpNow')}
        </Button>
      </Group>
    </Alert>
  );
};
