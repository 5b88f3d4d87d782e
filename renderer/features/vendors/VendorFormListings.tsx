import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listingValues } from '@shared/domain';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { VendorFormValues } from './vendorFormValues';

/** Reference lists the vendor is on (FCC Covered List, Entity List…), each with the date it was added. */
export const VendorFormListings = () => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const { control, register, formState } = useFormContext<VendorFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'listings' });
  const errors = formState.errors.listings;

  return (
    <Fieldset legend={t('vendors.form.listingsSection')}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('vendors.form.listingsHint')}
        </Text>
        {fields.map((field, index) => (
          <Fieldset key={field.id} legend={t('vendors.form.listingLegend', { number: index + 1 })}>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Controller
                control={control}
                name={`listings.${index}.list`}
                render={({ field: listField, fieldState }) => (
                  <Select
                    label={t('vendors.fields.list')}
                    data={listingValues.map((value) => ({ value, label: t(`vendors.listing.${value}`) }))}
                    allowDeselect={false}
                    value={listField.value}
                    onChange={(value) => listField.onChange(value ?? 'other')}
                    onBlur={listField.onBlur}
                    ref={listField.ref}
                    error={issue(fieldState.error?.message)}
                  />
                )}
              />
              <TextInput
                type="date"
                label={t('vendors.fields.since')}
                error={issue(errors?.[index]?.since?.message)}
                {...register(`listings.${index}.since`)}
              />
              <TextInput
                label={t('vendors.fields.listingNote')}
                error={issue(errors?.[index]?.note?.message)}
                {...register(`listings.${index}.note`)}
              />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button variant="subtle" color="red" size="xs" onClick={() => remove(index)}>
                {t('vendors.form.removeListing', { number: index + 1 })}
              </Button>
            </Group>
          </Fieldset>
        ))}
        <Group>
          <Button variant="light" onClick={() => append({ list: 'other', since: '', note: '' })}>
            {t('vendors.form.addListing')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
};
