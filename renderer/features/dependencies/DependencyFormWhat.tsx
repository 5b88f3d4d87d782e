import { Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dependencyKindValues, networkDomainValues, type Vendor } from '@shared/domain';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useVendorOptions, VENDOR_OPTION_LIMIT } from '@renderer/ui/records/vendorOptions';
import { DescribedSelect } from './DescribedSelect';
import { StandardsPicker } from './StandardsPicker';
import type { DependencyFormValues } from './dependencyFormValues';

/** What the network relies on: its name, who provides it, what kind of thing it is and where it sits. */
export const DependencyFormWhat = ({ vendors }: { vendors: readonly Vendor[] }) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { register, control, formState } = useFormContext<DependencyFormValues>();
  const vendorOptions = useVendorOptions(vendors, undefined);
  const kindOptions = dependencyKindValues.map((value) => ({
    value,
    label: t(`dependencies.kind.${value}`),
    description: t(`dependencies.kindHint.${value}`),
  }));

  return (
    <Fieldset legend={t('dependencies.form.whatSection')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('dependencies.fields.name')}
          withAsterisk
          error={issue(formState.errors.name?.message)}
          {...register('name')}
        />
        <Controller
          control={control}
          name="vendorId"
          render={({ field, fieldState }) => (
            <Select
              label={t('dependencies.fields.vendor')}
              withAsterisk
              data={vendorOptions}
              searchable
              clearable
              limit={VENDOR_OPTION_LIMIT}
              nothingFoundMessage={t('dependencies.form.noVendorFound')}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="kind"
          render={({ field, fieldState }) => (
            <DescribedSelect
              label={t('dependencies.fields.kind')}
              withAsterisk
              options={kindOptions}
              value={field.value ?? null}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="domain"
          render={({ field, fieldState }) => (
            <Select
              label={t('dependencies.fields.domain')}
              withAsterisk
              data={networkDomainValues.map((value) => ({ value, label: t(`dependencies.domain.${value}`) }))}
              allowDeselect={false}
              value={field.value ?? null}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
      </SimpleGrid>
      <StandardsPicker />
    </Fieldset>
  );
};
