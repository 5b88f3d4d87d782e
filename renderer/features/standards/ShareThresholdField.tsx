import { Button, Group, NumberInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatentAssumptions } from '@shared/domain/standards';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { savePatentAssumptions } from '@renderer/data/standards';

/** The share of a standard's declared families above which a holder is a finding (empty: no such finding). */
export const ShareThresholdField = ({ assumptions }: { assumptions: PatentAssumptions }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [value, setValue] = useState<number | string>(assumptions.shareThreshold ?? '');
  const save = async () => {
    try {
      const { shareThreshold: _earlier, ...rest } = assumptions;
      await savePatentAssumptions({ ...rest, ...(typeof value === 'number' && { shareThreshold: value }) });
      notifications.show({ color: 'green', message: t('standards.threshold.saved') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };
  return (
    <Group align="flex-end" mb="lg">
      <NumberInput
        label={t('standards.threshold.label')}
        description={t('standards.threshold.description')}
        min={0}
        max={100}
        suffix=" %"
        value={value}
        onChange={setValue}
        w={360}
      />
      <Button variant="default" onClick={() => void save()}>
        {t('standards.threshold.save')}
      </Button>
    </Group>
  );
};
