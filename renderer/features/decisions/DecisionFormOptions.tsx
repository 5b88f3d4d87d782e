import { Button, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { maxOptions, minOptions, type Dependency, type Risk, type Vendor } from '@shared/domain';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { useUpstreamOptions } from '@renderer/ui/records/dependencyOptions';
import { useVendorNames } from '@renderer/ui/records/useVendorNames';
import { useVendorOptions } from '@renderer/ui/records/vendorOptions';
import { blankOption, type DecisionFormValues } from './decisionFormValues';
import { OptionFieldset } from './OptionFieldset';

interface DecisionFormOptionsProps {
  vendors: readonly Vendor[];
  dependencies: readonly Dependency[];
  risks: readonly Risk[];
}

/** The 2 to 6 options compared; removing the chosen one withdraws the choice. */
export const DecisionFormOptions = ({ vendors, dependencies, risks }: DecisionFormOptionsProps) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const { control, getValues, setValue, formState } = useFormContext<DecisionFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'options', keyName: 'key' });
  const vendorOptions = useVendorOptions(vendors, undefined);
  const dependencyOptions = useUpstreamOptions(dependencies, useVendorNames(vendors), undefined);
  const riskOptions = useMemo(() => risks.map((risk) => ({ value: risk.id, label: risk.title })), [risks]);
  const listError = formState.errors.options?.root?.message ?? formState.errors.options?.message;

  const removeOption = (index: number) => {
    if (getValues(`options.${index}.id`) === getValues('chosenOptionId'))
      setValue('chosenOptionId', '', { shouldDirty: true });
    remove(index);
  };

  return (
    <Stack>
      {fields.map((item, index) => (
        <OptionFieldset
          key={item.key}
          index={index}
          canRemove={fields.length > minOptions}
          onRemove={() => removeOption(index)}
          dependencyOptions={dependencyOptions}
          vendorOptions={vendorOptions}
          riskOptions={riskOptions}
        />
      ))}
      {listError && (
        <Text c="red" size="sm" role="alert">
          {issue(listError)}
        </Text>
      )}
      <Group>
        <Button variant="light" disabled={fields.length >= maxOptions} onClick={() => append(blankOption())}>
          {t('decisions.form.addOption')}
        </Button>
        <Text c="dimmed" size="sm">
          {t('decisions.form.optionCount', { min: minOptions, max: maxOptions })}
        </Text>
      </Group>
    </Stack>
  );
};
