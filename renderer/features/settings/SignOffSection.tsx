import { Fieldset, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { saveSignOffPolicy, useSignOffPolicy } from '@renderer/data/sign-off';

/** Settings → Sign-off: whether one person may approve an assessment they created or last answered. */
export const SignOffSection = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const policy = useSignOffPolicy();
  // The switch shows the choice at once and keeps showing it until the stored policy catches up: the
  // live query answers after the write, so dropping the choice when the write ends would flick it back.
  const [chosen, setChosen] = useState<boolean>();
  const [saving, setSaving] = useState(false);
  const [seenPolicy, setSeenPolicy] = useState(policy);
  if (seenPolicy !== policy) {
    setSeenPolicy(policy);
    if (!saving) setChosen(undefined);
  }

  // One switch, saved as it is flipped (with its audit event): there is no half-made choice to keep.
  const save = async (singlePersonSignOff: boolean) => {
    setChosen(singlePersonSignOff);
    setSaving(true);
    try {
      await saveSignOffPolicy({ singlePersonSignOff });
      notifications.show({ color: 'green', message: t('settings.signOff.saved') });
    } catch (error) {
      setChosen(undefined);
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('settings.signOff.saveFailed', { reason }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Fieldset legend={t('settings.signOff.title')}>
      <Switch
        label={t('settings.signOff.allow')}
        description={t('settings.signOff.description')}
        checked={chosen ?? policy?.singlePersonSignOff ?? false}
        disabled={!policy || saving}
        onChange={(event) => void save(event.currentTarget.checked)}
      />
    </Fieldset>
  );
};
