import { Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { VendorFormValues } from './vendorFormValues';

/** Certifications the vendor holds (NESAS, ISO/IEC 27001, Common Criteria…) and until when they are valid. */
export const VendorFormCertifications = () => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const { control, register, formState } = useFormContext<VendorFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'certifications' });
  const errors = formState.errors.certifications;

  return (
    <Fieldset legend={t('vendors.form.certificationsSection')}>
      <Stack>
        {fields.map((field, index) => (
          <Fieldset key={field.id} legend={t('vendors.form.certificationLegend', { number: index + 1 })}>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput
                label={t('vendors.fields.scheme')}
                withAsterisk
                error={issue(errors?.[index]?.scheme?.message)}
                {...register(`certifications.${index}.scheme`)}
              />
              <TextInput
                label={t('vendors.fields.certificationReference')}
                error={issue(errors?.[index]?.reference?.message)}
                {...register(`certifications.${index}.reference`)}
              />
              <TextInput
                type="date"
                label={t('vendors.fields.validUntil')}
                error={issue(errors?.[index]?.validUntil?.message)}
                {...register(`certifications.${index}.validUntil`)}
              />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button variant="subtle" color="red" size="xs" onClick={() => remove(index)}>
                {t('vendors.form.removeCertification', { number: index + 1 })}
              </Button>
            </Group>
          </Fieldset>
        ))}
        <Group>
          <Button variant="light" onClick={() => append({ scheme: '', reference: '', validUntil: '' })}>
            {t('vendors.form.addCertification')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
};
