import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, DecisionWeights } from '@shared/domain';
import { saveDecision } from '@renderer/data/decisions';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';

/** Saves new weights through the decision's own command: checked whole, audited, refused when locked. */
export const useSaveWeights = (decision: Decision) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [saving, setSaving] = useState(false);
  const save = async (weights: DecisionWeights) => {
    setSaving(true);
    try {
      await saveDecision({ ...decision, weights });
      notifications.show({ color: 'green', message: t('decisionComparison.weights.saved') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };
  return { save, saving };
};
