import { Fieldset, MultiSelect, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { licenceTypeValues, type Dependency, type Vendor } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { DEPENDENCY_OPTION_LIMIT } from '@renderer/ui/records/dependencyOptions';
import { useVendorNames } from '@renderer/ui/records/useVendorNames';
import { useVendorOptions, VENDOR_OPTION_LIMIT } from '@renderer/ui/records/vendorOptions';
import { LicenceSpdxField } from './LicenceSpdxField';
import type { LicenceFormValues } from './licenceFormValues';
import { useDependencyOptions } from './useDependencyOptions';

interface LicenceFormWhatProps {
  vendors: readonly Vendor[];
  dependencies: readonly Dependency[];
}

/** What the licence is, who grants it, what it covers and, for open source or standards, which terms. */
export const LicenceFormWhat = ({ vendors, dependencies }: LicenceFormWhatProps) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { register, control, formState } = useFormContext<LicenceFormValues>();
  const vendorOptions = useVendorOptions(vendors, undefined);
  const dependencyOptions = useDependencyOptions(dependencies, useVendorNames(vendors));
  const type = useWatch({ control, name: 'type' });

  return (
    <Fieldset legend={t('licences.form.whatSection')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('licences.fields.title')}
          withAsterisk
          error={issue(formState.errors.title?.message)}
          {...register('title')}
        />
        <Controller
          control={control}
          name="type"
          render={({ field, fieldState }) => (
            <Select
              label={t('licences.fields.type')}
              withAsterisk
              data={licenceTypeValues.map((value) => ({ value, label: t(`licences.type.${value}`) }))}
              allowDeselect={false}
              value={field.value ?? null}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="vendorId"
          render={({ field, fieldState }) => (
            <Select
              label={t('licences.fields.vendor')}
              data={vendorOptions}
              searchable
              clearable
              limit={VENDOR_OPTION_LIMIT}
              nothingFoundMessage={t('licences.form.noVendorFound')}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="dependencyIds"
          render={({ field, fieldState }) => (
            <MultiSelect
              label={t('licences.fields.dependencyIds')}
              data={dependencyOptions}
              searchable
              clearable
              limit={DEPENDENCY_OPTION_LIMIT}
              nothingFoundMessage={t('licences.form.noDependencyFound')}
              value={field.value ?? []}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <LicenceSpdxField />
        <TextInput
          label={t('licences.fields.standard')}
          error={issue(formState.errors.standard?.message)}
          {...register('standard')}
        />
        {type === 'patent-sep' && (
          <Controller
            control={control}
            name="frand"
            render={({ field, fieldState }) => (
              <Switch
                label={t('licences.fields.frand')}
                checked={field.value ?? false}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                {...controlled(field, fieldState)}
              />
            )}
          />
        )}
      </SimpleGrid>
    </Fieldset>
  );
};
