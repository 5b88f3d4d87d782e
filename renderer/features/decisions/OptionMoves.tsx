import { Button, CloseButton, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DecisionOptionKind } from '@shared/domain';
import { CountrySelect } from '@renderer/ui/CountrySelect';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { DependencyOption } from '@renderer/ui/records/dependencyOptions';
import { DEPENDENCY_OPTION_LIMIT } from '@renderer/ui/records/dependencyOptions';
import { VENDOR_OPTION_LIMIT, type VendorOption } from '@renderer/ui/records/vendorOptions';
import { blankMove, type DecisionFormValues, type MoveTarget } from './decisionFormValues';
import { NumberField } from './NumberField';

const criteria = ['c1a', 'c1b', 'c1c', 'c1d', 'c2', 'c3'] as const;
const ratingNames = ['none', 'low', 'medium', 'high', 'severe'] as const;

interface OptionMovesProps {
  optionIndex: number;
  kind: DecisionOptionKind;
  dependencyOptions: DependencyOption[];
  vendorOptions: VendorOption[];
}

/** The supply the option moves: each dependency's share, to a recorded vendor or a new candidate. */
export const OptionMoves = ({ optionIndex, kind, dependencyOptions, vendorOptions }: OptionMovesProps) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { control, register, formState } = useFormContext<DecisionFormValues>();
  const name = `options.${optionIndex}.moves` as const;
  const { fields, append, remove } = useFieldArray({ control, name, keyName: 'key' });
  const moves = useWatch({ control, name });
  const targets: MoveTarget[] = kind === 'exit' ? ['vendor', 'candidate', 'none'] : ['vendor', 'candidate'];
  const ratingOptions = ratingNames.map((rating, value) => ({
    value: String(value),
    label: t('vendors.sovereignty.ratingShort', {
      rating: value,
      name: t(`vendors.sovereignty.ratingNames.${rating}`),
    }),
  }));

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('decisions.form.moves')}
      </Text>
      {fields.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('decisions.form.noMoves')}
        </Text>
      )}
      {fields.map((item, m) => {
        const number = m + 1;
        const target = moves[m]?.target ?? 'vendor';
        const errors = formState.errors.options?.[optionIndex]?.moves?.[m];
        return (
          <Stack key={item.key} gap="xs" role="group" aria-label={t('decisions.form.move', { number })}>
            <Group align="flex-start" wrap="nowrap">
              <Controller
                control={control}
                name={`${name}.${m}.dependencyId`}
                render={({ field, fieldState }) => (
                  <Select
                    label={t('decisions.fields.moveDependency')}
                    withAsterisk
                    data={dependencyOptions}
                    searchable
                    limit={DEPENDENCY_OPTION_LIMIT}
                    nothingFoundMessage={t('decisions.form.nothingFound')}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    style={{ flex: 2 }}
                    {...controlled(field, fieldState)}
                  />
                )}
              />
              <Controller
                control={control}
                name={`${name}.${m}.target`}
                render={({ field, fieldState }) => (
                  <Select
                    label={t('decisions.fields.moveTarget')}
                    data={targets.map((value) => ({ value, label: t(`decisions.moveTarget.${value}`) }))}
                    allowDeselect={false}
                    value={field.value}
                    onChange={field.onChange}
                    w={200}
                    {...controlled(field, fieldState)}
                  />
                )}
              />
              {target === 'vendor' && (
                <Controller
                  control={control}
                  name={`${name}.${m}.toVendorId`}
                  render={({ field, fieldState }) => (
                    <Select
                      label={t('decisions.fields.toVendor')}
                      withAsterisk
                      data={vendorOptions}
                      searchable
                      limit={VENDOR_OPTION_LIMIT}
                      nothingFoundMessage={t('decisions.form.nothingFound')}
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? '')}
                      style={{ flex: 2 }}
                      {...controlled(field, fieldState)}
                    />
                  )}
                />
              )}
              <NumberField name={`${name}.${m}.share`} label={t('decisions.fields.share')} suffix=" %" />
              <CloseButton
                mt={26}
                aria-label={t('decisions.form.removeMove', { number })}
                onClick={() => remove(m)}
              />
            </Group>
            {target === 'candidate' && (
              <SimpleGrid cols={{ base: 2, md: 4 }} ml="md">
                <TextInput
                  label={t('decisions.fields.candidateName')}
                  withAsterisk
                  error={issue(errors?.candidate?.name?.message ?? errors?.candidate?.message)}
                  {...register(`${name}.${m}.candidate.name`)}
                />
                <Controller
                  control={control}
                  name={`${name}.${m}.candidate.hqCountry`}
                  render={({ field, fieldState }) => (
                    <CountrySelect
                      label={t('decisions.fields.candidateCountry')}
                      withAsterisk
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? '')}
                      {...controlled(field, fieldState)}
                    />
                  )}
                />
                {criteria.map((criterion) => (
                  <Controller
                    key={criterion}
                    control={control}
                    name={`${name}.${m}.candidate.sovereignty.${criterion}`}
                    render={({ field, fieldState }) => (
                      <Select
                        label={t('vendors.sovereignty.criterionLabel', {
                          code: criterion.toUpperCase(),
                          name: t(`vendors.sovereignty.criteria.${criterion}.name`),
                        })}
                        placeholder={t('vendors.sovereignty.notRated')}
                        data={ratingOptions}
                        clearable
                        value={field.value === null ? null : String(field.value)}
                        onChange={(value) => field.onChange(value === null ? null : Number(value))}
                        {...controlled(field, fieldState)}
                      />
                    )}
                  />
                ))}
              </SimpleGrid>
            )}
          </Stack>
        );
      })}
      <Group>
        <Button variant="light" size="xs" onClick={() => append(blankMove())}>
          {t('decisions.form.addMove')}
        </Button>
      </Group>
    </Stack>
  );
};
