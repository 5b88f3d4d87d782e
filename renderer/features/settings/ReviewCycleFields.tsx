import { Button, CloseButton, Group, NumberInput, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { Controller, useFieldArray, useFormContext, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { reviewTierValues, riskCategoryValues } from '@shared/domain';
import { useChecklists } from '@renderer/data/checklists';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import type { ReviewCyclesFormValues } from './reviewCyclesForm';

type MonthsPath = FieldPath<ReviewCyclesFormValues>;

/** A number of months; an emptied field is '' so the shared rule names what is missing. */
const MonthsField = ({
  name,
  label,
  placeholder,
}: {
  name: MonthsPath;
  label: string;
  placeholder?: string;
}) => {
  const { t } = useTranslation();
  const controlled = useControllerProps();
  const { control } = useFormContext<ReviewCyclesFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          placeholder={placeholder}
          min={1}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          suffix={t('reviews.cycles.months')}
          value={typeof field.value === 'number' ? field.value : ''}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
          {...controlled(field, fieldState)}
        />
      )}
    />
  );
};

/** Months between assessments for each tier, from vital suppliers to those that supply nothing yet. */
export const TierCycleFields = () => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="review-cycles-tiers">
      <Title order={3} size="h5" id="review-cycles-tiers" mb="xs">
        {t('reviews.cycles.tiersTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {reviewTierValues.map((tier) => (
          <MonthsField key={tier} name={`tiers.${tier}`} label={t(`reviews.tier.${tier}`)} />
        ))}
      </SimpleGrid>
    </section>
  );
};

/** Checklists with a cycle of their own, which wins over the tier. */
export const ChecklistCycleFields = () => {
  const { t } = useTranslation();
  const controlled = useControllerProps();
  const checklists = useChecklists();
  const { control, watch } = useFormContext<ReviewCyclesFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'checklists', keyName: 'key' });
  const chosen = watch('checklists').map((row) => row.checklistId);
  const options = (checklists ?? []).map((checklist) => ({
    value: checklist.id,
    label: `${checklist.name} (${checklist.version})`,
  }));
  return (
    <section aria-labelledby="review-cycles-checklists">
      <Title order={3} size="h5" id="review-cycles-checklists">
        {t('reviews.cycles.checklistsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reviews.cycles.checklistsHint')}
      </Text>
      {fields.length === 0 && (
        <Text size="sm" mb="xs">
          {t('reviews.cycles.noChecklists')}
        </Text>
      )}
      {fields.map((row, index) => {
        const number = index + 1;
        return (
          <Group
            key={row.key}
            role="group"
            aria-label={t('reviews.cycles.checklistRow', { number })}
            align="flex-start"
            wrap="nowrap"
            mb="xs"
          >
            <Controller
              control={control}
              name={`checklists.${index}.checklistId`}
              render={({ field, fieldState }) => (
                <Select
                  label={t('reviews.cycles.checklist')}
                  data={options.filter(
                    (option) => option.value === field.value || !chosen.includes(option.value),
                  )}
                  searchable
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  style={{ flex: 1 }}
                  {...controlled(field, fieldState)}
                />
              )}
            />
            <MonthsField name={`checklists.${index}.months`} label={t('reviews.cycles.checklistMonths')} />
            <CloseButton
              mt={26}
              aria-label={t('reviews.cycles.removeChecklist', { number })}
              onClick={() => remove(index)}
            />
          </Group>
        );
      })}
      <Button variant="light" size="xs" onClick={() => append({ checklistId: '', months: 12 })}>
        {t('reviews.cycles.addChecklist')}
      </Button>
    </section>
  );
};

/** Months between reviews of the risks of each category; empty for the default of 3. */
export const RiskCycleFields = () => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="review-cycles-risks">
      <Title order={3} size="h5" id="review-cycles-risks">
        {t('reviews.cycles.risksTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reviews.cycles.risksHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {riskCategoryValues.map((category) => (
          <MonthsField
            key={category}
            name={`riskCategories.${category}`}
            label={t(`risks.category.${category}`)}
            placeholder={t('reviews.cycles.riskPlaceholder')}
          />
        ))}
      </SimpleGrid>
    </section>
  );
};
