import { Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Vendor } from '@shared/domain';
import { CountrySelect } from '@renderer/ui/CountrySelect';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import type { VendorFormValues } from './vendorFormValues';
import { useVendorOptions, VENDOR_OPTION_LIMIT } from '@renderer/ui/records/vendorOptions';

interface VendorFormIdentityProps {
  vendors: readonly Vendor[] | undefined;
  vendorId: string | undefined;
}

/** Who the vendor is: names, LEI, headquarters and parent company. */
export const VendorFormIdentity = ({ vendors, vendorId }: VendorFormIdentityProps) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { register, control, formState } = useFormContext<VendorFormValues>();
  const { errors } = formState;
  const parentOptions = useVendorOptions(vendors, vendorId);

  return (
    <Fieldset legend={t('vendors.form.identity')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('vendors.fields.name')}
          withAsterisk
          error={issue(errors.name?.message)}
          {...register('name')}
        />
        <TextInput
          label={t('vendors.fields.legalName')}
          error={issue(errors.legalName?.message)}
          {...register('legalName')}
        />
        <TextInput
          label={t('vendors.fields.lei')}
          description={t('vendors.form.leiHint')}
          maxLength={24}
          error={issue(errors.lei?.message)}
          {...register('lei')}
        />
        <Controller
          control={control}
          name="hqCountry"
          render={({ field, fieldState }) => (
            <CountrySelect
              label={t('vendors.fields.hqCountry')}
              withAsterisk
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="parentVendorId"
          render={({ field, fieldState }) => (
            <Select
              label={t('vendors.fields.parentVendor')}
              description={t('vendors.form.parentHint')}
              data={parentOptions}
              searchable
              clearable
              limit={VENDOR_OPTION_LIMIT}
              nothingFoundMessage={t('vendors.form.noVendorFound')}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
      </SimpleGrid>
    </Fieldset>
  );
};
