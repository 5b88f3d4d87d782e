import { Fieldset, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, isQuotaError } from '@renderer/data/errors';
import { saveSignOffPolicy, useSignOffPolicy } from '@renderer/data/sign-off';

/** Settings → Sign-off: whether one person may approve an assessment they created or last answered. */
export const SignOffSection = () => {
  const { t } = useTranslation();
  const policy = useSignOffPolicy();
  // The switch shows the choice at once, while it is saved; the saved policy takes over after.
  const [pending, setPending] = useState<boolean>();

  // One switch, saved as it is flipped (with its audit event): there is no half-made choice to keep.
  const save = async (singlePersonSignOff: boolean) => {
    setPending(singlePersonSignOff);
    try {
      await saveSignOffPolicy({ singlePersonSignOff });
      notifications.show({ color: 'green', message: t('settings.signOff.saved') });
    } catch (error) {
      const reason = isQuotaError(error) ? t('common.errors.quota') : describeError(error);
      notifications.show({ color: 'red', message: t('settings.signOff.saveFailed', { reason }) });
    } finally {
      setPending(undefined);
    }
  };

  return (
    <Fieldset legend={t('settings.signOff.title')}>
      <Switch
        label={t('settings.signOff.allow')}
        description={t('settings.signOff.description')}
        checked={pending ?? policy?.singlePersonSignOff ?? false}
        disabled={!policy || pending !== undefined}
        onChange={(event) => void save(event.currentTarget.checked)}
      />
    </Fieldset>
  );
};
