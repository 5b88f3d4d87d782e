import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { defaultReviewCycles, type ReviewCyclesInput } from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { saveReviewCycles, useReviewCycles } from '@renderer/data/review-cycles';
import { useUnsavedChangesGuard } from '@renderer/ui/useUnsavedChangesGuard';
import { ChecklistCycleFields, RiskCycleFields, TierCycleFields } from './ReviewCycleFields';
import {
  reviewCyclesFormSchema,
  toReviewCyclesFormValues,
  type ReviewCyclesFormValues,
} from './reviewCyclesForm';

/** Settings → Review cycles: how often assessments fall due again and how far a risk review looks ahead. */
export const ReviewCyclesSection = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const cycles = useReviewCycles();
  const values = useMemo(() => cycles && toReviewCyclesFormValues(cycles), [cycles]);
  const form = useForm<ReviewCyclesFormValues, unknown, ReviewCyclesInput>({
    resolver: zodResolver(reviewCyclesFormSchema),
    defaultValues: toReviewCyclesFormValues(defaultReviewCycles),
    // The form shows the cycles as stored now, whatever changed them: a restore replaces them under the
    // form, and a field kept as typed before it would let the next save quietly undo the restore.
    values,
  });
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);

  const submit = form.handleSubmit(async (input) => {
    try {
      form.reset(toReviewCyclesFormValues(await saveReviewCycles(input)));
      notifications.show({ color: 'green', message: t('reviews.cycles.saved') });
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('reviews.cycles.saveFailed', { reason }) });
    }
  });

  return (
    <Fieldset legend={t('reviews.cycles.title')} disabled={!cycles}>
      <FormProvider {...form}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('reviews.cycles.description')}
            </Text>
            <TierCycleFields />
            <ChecklistCycleFields />
            <RiskCycleFields />
            <Group>
              <Button type="submit" loading={isSubmitting}>
                {t('reviews.cycles.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Fieldset>
  );
};
