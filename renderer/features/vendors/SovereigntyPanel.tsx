import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  assessSovereignty,
  sovereigntyCriteria,
  vendorSovereigntySchema,
  type Vendor,
  type VendorSovereignty,
} from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { saveVendor } from '@renderer/data/vendors';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { useUnsavedChangesGuard } from '@renderer/ui/useUnsavedChangesGuard';
import { SovereigntyCriterionField } from './SovereigntyCriterionField';
import { SovereigntyExplanation } from './SovereigntyExplanation';

type SovereigntyFormValues = z.input<typeof vendorSovereigntySchema>;

const toFormValues = (sovereignty: VendorSovereignty): SovereigntyFormValues => ({
  ...sovereignty,
  rationale: sovereignty.rationale ?? '',
});

/** Ratings as typed so far, with anything not yet touched counted as unrated. */
const asSovereignty = (values: Partial<SovereigntyFormValues>): VendorSovereignty => ({
  c1a: values.c1a ?? null,
  c1b: values.c1b ?? null,
  c1c: values.c1c ?? null,
  c1d: values.c1d ?? null,
  c2: values.c2 ?? null,
  c3: values.c3 ?? null,
});

/**
 * The vendor's sovereignty profile: the six criteria rated, a rationale, and the level and index computed
 * from the ratings on screen, so the user sees the effect of a rating before saving it.
 */
export const SovereigntyPanel = ({ vendor }: { vendor: Vendor }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const issue = useIssueMessage();
  const stored = useMemo(() => toFormValues(vendor.sovereignty), [vendor.sovereignty]);
  const form = useForm<SovereigntyFormValues, unknown, VendorSovereignty>({
    resolver: zodResolver(vendorSovereigntySchema),
    defaultValues: stored,
    // Follows changes made elsewhere (another window, an import) without losing ratings being edited.
    values: stored,
    resetOptions: { keepDirtyValues: true },
  });
  const { isDirty, isSubmitting, errors } = form.formState;
  useUnsavedChangesGuard(isDirty);
  const watched = useWatch({ control: form.control });
  const sovereignty = asSovereignty(watched);
  const assessment = assessSovereignty({ sovereignty, listings: vendor.listings });

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveVendor({ ...vendor, sovereignty: values });
      form.reset(toFormValues(saved.sovereignty));
      notifications.show({ color: 'green', message: t('vendors.sovereignty.saved') });
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('vendors.sovereignty.saveFailed', { reason }) });
    }
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="vendor-sovereignty">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Title order={2} size="h3" id="vendor-sovereignty">
            {t('vendors.sovereignty.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('vendors.sovereignty.intro')}
          </Text>
          <SovereigntyExplanation
            assessment={assessment}
            sovereignty={sovereignty}
            listings={vendor.listings}
          />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {sovereigntyCriteria.map((criterion) => (
              <Controller
                key={criterion}
                control={form.control}
                name={criterion}
                render={({ field }) => (
                  <SovereigntyCriterionField
                    criterion={criterion}
                    value={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
            ))}
          </SimpleGrid>
          <Textarea
            label={t('vendors.sovereignty.rationale')}
            description={t('vendors.sovereignty.rationaleHint')}
            autosize
            minRows={3}
            error={issue(errors.rationale?.message)}
            {...form.register('rationale')}
          />
          <Group>
            <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
              {t('vendors.sovereignty.save')}
            </Button>
            <Button variant="default" onClick={() => form.reset(stored)} disabled={!isDirty}>
              {t('vendors.sovereignty.discard')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
