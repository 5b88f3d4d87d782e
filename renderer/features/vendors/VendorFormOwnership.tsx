import { Fieldset, NumberInput, Select, SimpleGrid } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ownershipValues } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { CountryMultiSelect } from '@renderer/ui/CountryMultiSelect';
import { isStateOwnership, type VendorFormValues } from './vendorFormValues';

/** Who can influence the vendor: its ownership, a state's share, and the jurisdictions that can compel it. */
export const VendorFormOwnership = () => {
  const { t } = useTranslation();
  const controlled = useControllerProps();
  const { control } = useFormContext<VendorFormValues>();
  const ownership = useWatch({ control, name: 'ownership' });

  return (
    <Fieldset legend={t('vendors.form.ownershipSection')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Controller
          control={control}
          name="ownership"
          render={({ field, fieldState }) => (
            <Select
              label={t('vendors.fields.ownership')}
              data={ownershipValues.map((value) => ({ value, label: t(`vendors.ownership.${value}`) }))}
              allowDeselect={false}
              value={field.value ?? 'unknown'}
              onChange={(value) => field.onChange(value ?? 'unknown')}
              {...controlled(field, fieldState)}
            />
          )}
        />
        {/* Hidden, not cleared, for other ownership kinds: switching back and forth loses nothing typed. */}
        {isStateOwnership(ownership) && (
          <Controller
            control={control}
            name="stateOwnershipPct"
            render={({ field, fieldState }) => (
              <NumberInput
                label={t('vendors.fields.stateOwnershipPct')}
                min={0}
                max={100}
                suffix=" %"
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                {...controlled(field, fieldState)}
              />
            )}
          />
        )}
      </SimpleGrid>
      <Controller
        control={control}
        name="jurisdictions"
        render={({ field, fieldState }) => (
          <CountryMultiSelect
            mt="md"
            label={t('vendors.fields.jurisdictions')}
            description={t('vendors.form.jurisdictionsHint')}
            value={field.value ?? []}
            onChange={field.onChange}
            {...controlled(field, fieldState)}
          />
        )}
      />
    </Fieldset>
  );
};
