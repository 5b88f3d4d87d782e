import { Button, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  essentialityRateInputSchema,
  withEssentialityRate,
  type PartyExposure,
  type PatentAssumptions,
} from '@shared/domain/standards';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { savePatentAssumptions } from '@renderer/data/standards';
import { DialogActions } from '@renderer/ui/DialogActions';
import { useControllerProps } from '@renderer/ui/useControllerProps';

interface EssentialityModalProps {
  party: Pick<PartyExposure, 'partyId' | 'name'>;
  assumptions: PatentAssumptions;
  onClose: () => void;
}

type EssentialityFormValues = z.input<typeof essentialityRateInputSchema>;
type EssentialityFormOutput = z.output<typeof essentialityRateInputSchema>;

/**
 * The share of a holder's declared families the user takes as truly essential (studies put it well under
 * 100 %): every adjusted figure multiplies the holder's families by it. Empty: no assumption, 100 %.
 */
export const EssentialityModal = ({ party, assumptions, onClose }: EssentialityModalProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const controlled = useControllerProps();
  const form = useForm<EssentialityFormValues, unknown, EssentialityFormOutput>({
    resolver: zodResolver(essentialityRateInputSchema),
    defaultValues: { rate: assumptions.essentialityRates[party.partyId] ?? '' },
  });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ rate }) => {
    try {
      await savePatentAssumptions(withEssentialityRate(assumptions, party.partyId, rate));
      notifications.show({
        color: 'green',
        message: t('standards.essentiality.saved', { holder: party.name }),
      });
      onClose();
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('standards.essentiality.saveFailed', { reason }) });
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('standards.essentiality.title', { holder: party.name })}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('standards.essentiality.intro')}
          </Text>
          <Controller
            control={form.control}
            name="rate"
            render={({ field, fieldState }) => (
              <NumberInput
                label={t('standards.essentiality.label')}
                description={t('standards.essentiality.hint')}
                suffix=" %"
                decimalScale={1}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                {...controlled(field, fieldState)}
              />
            )}
          />
          <DialogActions>
            <Button variant="default" onClick={onClose}>
              {t('standards.rates.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('standards.essentiality.save')}
            </Button>
          </DialogActions>
        </Stack>
      </form>
    </Modal>
  );
};
