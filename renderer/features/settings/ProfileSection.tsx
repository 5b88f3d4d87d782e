import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { settingsSchema, type Settings } from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { emptySettings, saveSettings, useSettings } from '@renderer/data/settings';
import { CountrySelect } from '@renderer/ui/CountrySelect';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { useUnsavedChangesGuard } from '@renderer/ui/useUnsavedChangesGuard';

export const ProfileSection = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const issue = useIssueMessage();
  const settings = useSettings();
  const form = useForm<Settings>({
    resolver: zodResolver(settingsSchema),
    defaultValues: emptySettings,
    values: settings,
    resetOptions: { keepDirtyValues: true },
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveSettings(values);
      form.reset(saved);
      notifications.show({ color: 'green', message: t('settings.profile.saved') });
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('settings.profile.saveFailed', { reason }) });
    }
  });

  return (
    <Fieldset legend={t('settings.profile.title')} disabled={!settings}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('settings.profile.description')}
          </Text>
          <TextInput
            label={t('settings.profile.userName')}
            description={t('settings.profile.userNameHint')}
            autoComplete="name"
            error={issue(errors.userName?.message)}
            {...form.register('userName')}
          />
          <TextInput
            label={t('settings.profile.organisationName')}
            autoComplete="organization"
            error={issue(errors.organisationName?.message)}
            {...form.register('organisationName')}
          />
          <Controller
            control={form.control}
            name="organisationCountry"
            render={({ field, fieldState }) => (
              <CountrySelect
                label={t('settings.profile.organisationCountry')}
                placeholder={t('settings.profile.organisationCountryPlaceholder')}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? undefined)}
                onBlur={field.onBlur}
                error={issue(fieldState.error?.message)}
              />
            )}
          />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('settings.profile.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Fieldset>
  );
};
