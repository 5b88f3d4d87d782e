import { Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { VendorFormValues } from './vendorFormValues';

/** The people to call at the vendor: account manager, security contact, legal… */
export const VendorFormContacts = () => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const { control, register, formState } = useFormContext<VendorFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts' });
  const errors = formState.errors.contacts;

  return (
    <Fieldset legend={t('vendors.form.contactsSection')}>
      <Stack>
        {fields.map((field, index) => (
          <Fieldset key={field.id} legend={t('vendors.form.contactLegend', { number: index + 1 })}>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('vendors.fields.contactName')}
                withAsterisk
                autoComplete="off"
                error={issue(errors?.[index]?.name?.message)}
                {...register(`contacts.${index}.name`)}
              />
              <TextInput
                label={t('vendors.fields.contactRole')}
                error={issue(errors?.[index]?.role?.message)}
                {...register(`contacts.${index}.role`)}
              />
              <TextInput
                type="email"
                label={t('vendors.fields.email')}
                autoComplete="off"
                error={issue(errors?.[index]?.email?.message)}
                {...register(`contacts.${index}.email`)}
              />
              <TextInput
                type="tel"
                label={t('vendors.fields.phone')}
                autoComplete="off"
                error={issue(errors?.[index]?.phone?.message)}
                {...register(`contacts.${index}.phone`)}
              />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button variant="subtle" color="red" size="xs" onClick={() => remove(index)}>
                {t('vendors.form.removeContact', { number: index + 1 })}
              </Button>
            </Group>
          </Fieldset>
        ))}
        <Group>
          <Button variant="light" onClick={() => append({ name: '', role: '', email: '', phone: '' })}>
            {t('vendors.form.addContact')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
};
