import { Fieldset, MultiSelect, Stack, Switch } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Dependency } from '@shared/domain';
import { CountryMultiSelect } from '@renderer/ui/CountryMultiSelect';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import type { DependencyFormValues } from './dependencyFormValues';
import { DEPENDENCY_OPTION_LIMIT, useUpstreamOptions } from '@renderer/ui/records/dependencyOptions';

interface DependencyFormExposureProps {
  dependencies: readonly Dependency[];
  vendorNames: ReadonlyMap<string, string>;
  dependencyId: string | undefined;
}

/** Who can reach it, where its data lives, and what it relies on in turn (cycles are allowed). */
export const DependencyFormExposure = ({
  dependencies,
  vendorNames,
  dependencyId,
}: DependencyFormExposureProps) => {
  const { t } = useTranslation();
  const controlled = useControllerProps();
  const { control } = useFormContext<DependencyFormValues>();
  const upstreamOptions = useUpstreamOptions(dependencies, vendorNames, dependencyId);

  return (
    <Fieldset legend={t('dependencies.form.exposureSection')}>
      <Stack>
        <Controller
          control={control}
          name="vendorRemoteAccess"
          render={({ field, fieldState }) => (
            <Switch
              label={t('dependencies.fields.vendorRemoteAccess')}
              description={t('dependencies.form.remoteAccessHint')}
              checked={field.value ?? false}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="dataLocations"
          render={({ field, fieldState }) => (
            <CountryMultiSelect
              label={t('dependencies.fields.dataLocations')}
              description={t('dependencies.form.dataLocationsHint')}
              value={field.value ?? []}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="upstreamIds"
          render={({ field, fieldState }) => (
            <MultiSelect
              label={t('dependencies.fields.upstream')}
              description={t('dependencies.form.upstreamHint')}
              data={upstreamOptions}
              searchable
              clearable
              hidePickedOptions
              limit={DEPENDENCY_OPTION_LIMIT}
              nothingFoundMessage={t('dependencies.form.noDependencyFound')}
              value={field.value ?? []}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
      </Stack>
    </Fieldset>
  );
};
