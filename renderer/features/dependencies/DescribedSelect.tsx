import { Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';

export interface DescribedOption {
  value: string;
  label: string;
  description: string;
}

type DescribedSelectProps = Omit<SelectProps, 'data' | 'renderOption' | 'description'> & {
  options: readonly DescribedOption[];
  /** Shown under the field until a value is chosen; then the chosen option's own description shows. */
  hint?: string;
};

/** A choice whose options each say what they mean, in the list and, once chosen, under the field. */
export const DescribedSelect = ({ options, hint, value, ...props }: DescribedSelectProps) => {
  const descriptions = useMemo(
    () => new Map(options.map((option) => [option.value, option.description])),
    [options],
  );
  return (
    <Select
      data={options.map(({ value: optionValue, label }) => ({ value: optionValue, label }))}
      value={value}
      description={(value && descriptions.get(value)) ?? hint}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {descriptions.get(option.value)}
          </Text>
        </Stack>
      )}
      allowDeselect={false}
      // The meaning goes under the input, so inputs side by side stay aligned whatever their meaning's length.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...props}
    />
  );
};
