import { NumberInput } from '@mantine/core';
import { Controller, useFormContext, type Path } from 'react-hook-form';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import type { DecisionFormValues } from './decisionFormValues';

interface NumberFieldProps {
  name: Path<DecisionFormValues>;
  label: string;
  description?: string;
  suffix?: string;
}

/**
 * A number of the decision; left empty it is '' so the schema gives its default or its message. Only the
 * annual cost change may be negative (a saving): the schema says so on any other field.
 */
export const NumberField = ({ name, label, description, suffix }: NumberFieldProps) => {
  const controlled = useControllerProps();
  const { control } = useFormContext<DecisionFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          description={description}
          // A negative cost is kept as typed, so that the schema says on the field why it is refused.
          allowNegative
          clampBehavior="none"
          thousandSeparator=" "
          suffix={suffix}
          value={typeof field.value === 'number' ? field.value : ''}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
          {...controlled(field, fieldState)}
        />
      )}
    />
  );
};
