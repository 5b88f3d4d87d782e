import { Button, Radio, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '@shared/domain';
import { saveDecision } from '@renderer/data/decisions';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';

/** Choosing an option, with the reason: while the decision is a draft; afterwards it is shown as made. */
export const DecisionChoice = ({ decision }: { decision: Decision }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [chosen, setChosen] = useState(decision.chosenOptionId ?? '');
  const [rationale, setRationale] = useState(decision.rationale ?? '');
  const [saving, setSaving] = useState(false);
  const editable = decision.status === 'draft';
  const rationaleMissing = chosen !== '' && rationale.trim() === '';

  const save = async () => {
    setSaving(true);
    try {
      await saveDecision({ ...decision, chosenOptionId: chosen, rationale });
      notifications.show({ color: 'green', message: t('decisions.choice.saved') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="decision-choice">
      <Title order={2} size="h3" id="decision-choice">
        {t('decisions.choice.title')}
      </Title>
      <Radio.Group
        label={t('decisions.choice.option')}
        value={chosen}
        onChange={setChosen}
        readOnly={!editable}
      >
        <Stack gap={6} mt={6}>
          {decision.options.map((option) => (
            <Radio key={option.id} value={option.id} label={option.title} disabled={!editable} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('decisions.choice.rationale')}
        autosize
        minRows={2}
        value={rationale}
        onChange={(event) => setRationale(event.currentTarget.value)}
        readOnly={!editable}
        error={rationaleMissing ? t('decisions.validation.rationaleRequired') : undefined}
      />
      {editable && (
        <div>
          <Button
            variant="light"
            onClick={() => void save()}
            loading={saving}
            disabled={chosen === '' || rationaleMissing}
          >
            {t('decisions.choice.save')}
          </Button>
        </div>
      )}
    </Stack>
  );
};
