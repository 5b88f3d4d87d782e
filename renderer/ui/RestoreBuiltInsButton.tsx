import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';

interface RestoreBuiltInsButtonProps {
  /** Writes back the built-in entries of a reference list; resolves to how many it wrote. */
  restore: () => Promise<number>;
}

/** Brings back the built-in entries of a reference list the user deleted; edited ones are left as they are. */
export const RestoreBuiltInsButton = ({ restore: restoreBuiltIns }: RestoreBuiltInsButtonProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [restoring, setRestoring] = useState(false);

  const restore = async () => {
    setRestoring(true);
    try {
      const count = await restoreBuiltIns();
      notifications.show({
        color: 'green',
        message: count > 0 ? t('reference.restored', { count }) : t('reference.nothingToRestore'),
      });
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('reference.restoreFailed', { reason }) });
    } finally {
      setRestoring(false);
    }
  };

  return (
    <Button variant="default" loading={restoring} onClick={() => void restore()}>
      {t('reference.restore')}
    </Button>
  );
};
