import { Fieldset, MultiSelect, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Dependency, Licence, Vendor } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useVendorOptions, VENDOR_OPTION_LIMIT } from '@renderer/ui/records/vendorOptions';
import type { RiskFormValues } from './riskFormValues';

interface RiskFormLinksProps {
  vendors: readonly Vendor[];
  dependencies: readonly Dependency[];
  licences: readonly Licence[];
}

type LinkField = 'vendorIds' | 'dependencyIds' | 'licenceIds';

/** The vendors, dependencies and licences the risk concerns, each a searchable pick list. */
export const RiskFormLinks = ({ vendors, dependencies, licences }: RiskFormLinksProps) => {
  const { t } = useTranslation();
  const controlled = useControllerProps();
  const { control } = useFormContext<RiskFormValues>();
  const vendorOptions = useVendorOptions(vendors, undefined);
  const dependencyOptions = useMemo(
    () => dependencies.map((dependency) => ({ value: dependency.id, label: dependency.name })),
    [dependencies],
  );
  const licenceOptions = useMemo(
    () => licences.map((licence) => ({ value: licence.id, label: licence.title })),
    [licences],
  );
  const pickers: { name: LinkField; label: string; data: { value: string; label: string }[] }[] = [
    { name: 'vendorIds', label: t('risks.fields.vendors'), data: vendorOptions },
    { name: 'dependencyIds', label: t('risks.fields.dependencies'), data: dependencyOptions },
    { name: 'licenceIds', label: t('risks.fields.licences'), data: licenceOptions },
  ];
  return (
    <Fieldset legend={t('risks.form.linksSection')}>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {pickers.map(({ name, label, data }) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field, fieldState }) => (
              <MultiSelect
                label={label}
                data={data}
                searchable
                clearable
                limit={VENDOR_OPTION_LIMIT}
                nothingFoundMessage={t('risks.form.nothingFound')}
                value={field.value ?? []}
                onChange={field.onChange}
                {...controlled(field, fieldState)}
              />
            )}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
};
