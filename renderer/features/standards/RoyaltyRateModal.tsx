import {
  Button,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { royaltyRateBasisValues, type RoyaltyRate } from '@shared/domain/standards';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { saveRoyaltyRate } from '@renderer/data/standards';
import { DialogActions } from '@renderer/ui/DialogActions';
import type { VendorOption } from '@renderer/ui/records/vendorOptions';
import { VENDOR_OPTION_LIMIT } from '@renderer/ui/records/vendorOptions';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import {
  royaltyRateFormSchema,
  toRoyaltyRateFormValues,
  type RoyaltyRateFormOutput,
  type RoyaltyRateFormValues,
} from './royaltyRateFormValues';

interface RoyaltyRateModalProps {
  /** The stored rate when editing; absent for a new one. */
  rate?: RoyaltyRate;
  holders: VendorOption[];
  onClose: () => void;
}

/** Records or edits one holder's rate; nothing is written until the form is valid and saved. */
export const RoyaltyRateModal = ({ rate, holders, onClose }: RoyaltyRateModalProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const form = useForm<RoyaltyRateFormValues, unknown, RoyaltyRateFormOutput>({
    resolver: zodResolver(royaltyRateFormSchema),
    defaultValues: toRoyaltyRateFormValues(rate),
  });
  const { errors, isSubmitting } = form.formState;
  const basis = form.watch('basis');

  const submit = form.handleSubmit(async (values) => {
    try {
      await saveRoyaltyRate(rate ? { ...values, id: rate.id } : values);
      const holder = holders.find((option) => option.value === values.holderId)?.label ?? '';
      notifications.show({ color: 'green', message: t('standards.rates.saved', { holder }) });
      onClose();
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('standards.rates.saveFailed', { reason }) });
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={rate ? t('standards.rates.editTitle') : t('standards.rates.newTitle')}
    >
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('standards.rates.formLabel')}>
        <Stack>
          <Controller
            control={form.control}
            name="holderId"
            render={({ field, fieldState }) => (
              <Select
                label={t('standards.rates.holder')}
                description={t('standards.rates.holderHint')}
                withAsterisk
                data={holders}
                searchable
                limit={VENDOR_OPTION_LIMIT}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                {...controlled(field, fieldState)}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <Controller
            control={form.control}
            name="basis"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="royalty-rate-basis">
                  {t('standards.rates.basis')}
                </Text>
                <SegmentedControl
                  aria-labelledby="royalty-rate-basis"
                  data={royaltyRateBasisValues.map((value) => ({
                    value,
                    label: t(`standards.rates.basisValue.${value}`),
                  }))}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                />
              </Stack>
            )}
          />
          <SimpleGrid cols={2}>
            <Controller
              control={form.control}
              name="value"
              render={({ field, fieldState }) => (
                <NumberInput
                  label={
                    basis === 'percent' ? t('standards.rates.percentValue') : t('standards.rates.amount')
                  }
                  withAsterisk
                  min={0}
                  decimalScale={4}
                  {...(basis === 'percent' && { max: 100, suffix: ' %' })}
                  value={field.value}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                  {...controlled(field, fieldState)}
                />
              )}
            />
            <TextInput
              label={t('standards.rates.currency')}
              description={
                basis === 'percent'
                  ? t('standards.rates.currencyPercentHint')
                  : t('standards.rates.currencyHint')
              }
              withAsterisk={basis === 'per-unit'}
              maxLength={3}
              error={issue(errors.currency?.message)}
              {...form.register('currency')}
            />
          </SimpleGrid>
          <TextInput
            label={t('standards.rates.source')}
            description={t('standards.rates.sourceHint')}
            withAsterisk
            error={issue(errors.source?.message)}
            {...form.register('source')}
          />
          <TextInput
            type="date"
            label={t('standards.rates.asOf')}
            description={t('standards.rates.asOfHint')}
            error={issue(errors.asOf?.message)}
            {...form.register('asOf')}
          />
          <DialogActions>
            <Button variant="default" onClick={onClose}>
              {t('standards.rates.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('standards.rates.save')}
            </Button>
          </DialogActions>
        </Stack>
      </form>
    </Modal>
  );
};
