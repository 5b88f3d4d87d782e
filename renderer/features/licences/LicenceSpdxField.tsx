import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { licenceClass, licenceObligations, parseSpdx } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { LicenceClassBadge } from './LicenceBadges';
import type { LicenceFormValues } from './licenceFormValues';

/** The SPDX expression, checked as it is typed: its class and obligations, or what is wrong and a fix. */
export const LicenceSpdxField = () => {
  const { t } = useTranslation();
  const controlled = useControllerProps();
  const { control } = useFormContext<LicenceFormValues>();
  const { field, fieldState } = useController({ control, name: 'spdxExpression' });
  const expression = (field.value ?? '').trim();
  const parsed = expression ? parseSpdx(expression) : null;
  const obligations = parsed?.ok ? licenceObligations(expression) : [];
  const spdxError =
    parsed && !parsed.ok
      ? parsed.suggestion
        ? t('validation.spdxInvalidSuggestion', { suggestion: parsed.suggestion })
        : t('validation.spdxInvalid')
      : undefined;
  const { error, ...props } = controlled(field, fieldState);

  return (
    <Stack gap={4}>
      <TextInput
        label={t('licences.fields.spdxExpression')}
        description={t('licences.form.spdxHint')}
        value={field.value ?? ''}
        onChange={(event) => field.onChange(event.currentTarget.value)}
        error={spdxError ?? error}
        {...props}
      />
      {parsed && !parsed.ok && parsed.suggestion && (
        <Group>
          <Button size="xs" variant="light" onClick={() => field.onChange(parsed.suggestion)}>
            {t('licences.form.applySuggestion', { suggestion: parsed.suggestion })}
          </Button>
        </Group>
      )}
      {parsed?.ok && (
        <Stack gap={2} aria-live="polite">
          <Group gap="xs">
            <Text size="sm">{t('licences.form.spdxClass')}</Text>
            <LicenceClassBadge licenceClass={licenceClass(expression)} />
          </Group>
          <Text size="sm">
            {obligations.length > 0
              ? t('licences.form.spdxObligations', {
                  obligations: obligations.map((value) => t(`licences.obligation.${value}`)).join('; '),
                })
              : t('licences.form.spdxNoObligations')}
          </Text>
        </Stack>
      )}
    </Stack>
  );
};
