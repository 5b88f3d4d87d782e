import { Fieldset, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { networkDomainValues, type Dependency, type Vendor } from '@shared/domain';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { DEPENDENCY_OPTION_LIMIT, useUpstreamOptions } from '@renderer/ui/records/dependencyOptions';
import { useVendorOptions, VENDOR_OPTION_LIMIT } from '@renderer/ui/records/vendorOptions';
import { useVendorNames } from '@renderer/ui/records/useVendorNames';
import type { DecisionFormValues } from './decisionFormValues';

interface DecisionFormWhatProps {
  vendors: readonly Vendor[];
  dependencies: readonly Dependency[];
}

const subjectTypes = ['dependencies', 'vendor', 'domain'] as const;

/** The question, what it is about (dependencies, a vendor or a network domain), who owns it and by when. */
export const DecisionFormWhat = ({ vendors, dependencies }: DecisionFormWhatProps) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { register, control, formState } = useFormContext<DecisionFormValues>();
  const subjectType = useWatch({ control, name: 'subject.type' });
  const vendorOptions = useVendorOptions(vendors, undefined);
  const dependencyOptions = useUpstreamOptions(dependencies, useVendorNames(vendors), undefined);
  const domainOptions = useMemo(
    () => networkDomainValues.map((value) => ({ value, label: t(`dependencies.domain.${value}`) })),
    [t],
  );
  return (
    <Fieldset legend={t('decisions.form.whatSection')}>
      <TextInput
        label={t('decisions.fields.question')}
        withAsterisk
        error={issue(formState.errors.question?.message)}
        mb="sm"
        {...register('question')}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="sm">
        <Controller
          control={control}
          name="subject.type"
          render={({ field, fieldState }) => (
            <Select
              label={t('decisions.fields.subjectType')}
              data={subjectTypes.map((value) => ({ value, label: t(`decisions.subjectType.${value}`) }))}
              allowDeselect={false}
              value={field.value}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
        {subjectType === 'dependencies' && (
          <Controller
            control={control}
            name="subject.dependencyIds"
            render={({ field, fieldState }) => (
              <MultiSelect
                label={t('decisions.fields.dependencies')}
                withAsterisk
                data={dependencyOptions}
                searchable
                clearable
                limit={DEPENDENCY_OPTION_LIMIT}
                nothingFoundMessage={t('decisions.form.nothingFound')}
                value={field.value}
                onChange={field.onChange}
                {...controlled(field, fieldState)}
              />
            )}
          />
        )}
        {subjectType === 'vendor' && (
          <Controller
            control={control}
            name="subject.vendorId"
            render={({ field, fieldState }) => (
              <Select
                label={t('decisions.fields.vendor')}
                withAsterisk
                data={vendorOptions}
                searchable
                limit={VENDOR_OPTION_LIMIT}
                nothingFoundMessage={t('decisions.form.nothingFound')}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                {...controlled(field, fieldState)}
              />
            )}
          />
        )}
        {subjectType === 'domain' && (
          <Controller
            control={control}
            name="subject.domain"
            render={({ field, fieldState }) => (
              <Select
                label={t('decisions.fields.domain')}
                withAsterisk
                data={domainOptions}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                {...controlled(field, fieldState)}
              />
            )}
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('decisions.fields.owner')}
          withAsterisk
          error={issue(formState.errors.owner?.message)}
          {...register('owner')}
        />
        <TextInput
          label={t('decisions.fields.dueDate')}
          type="date"
          error={issue(formState.errors.dueDate?.message)}
          {...register('dueDate')}
        />
      </SimpleGrid>
    </Fieldset>
  );
};
