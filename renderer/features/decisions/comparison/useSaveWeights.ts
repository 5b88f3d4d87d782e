import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, DecisionWeights } from '@shared/domain';
import { DecisionError } from '@renderer/data/decision-error';
import { saveDecision } from '@renderer/data/decisions';
import { describeError, isQuotaError } from '@renderer/data/errors';
import { useTranslate } from '@renderer/ui/useTranslate';

/** Saves new weights through the decision's own command: checked whole, audited, refused when locked. */
export const useSaveWeights = (decision: Decision) => {
  const { t } = useTranslation();
  const translate = useTranslate();
  const [saving, setSaving] = useState(false);
  const save = async (weights: DecisionWeights) => {
    setSaving(true);
    try {
      await saveDecision({ ...decision, weights });
      notifications.show({ color: 'green', message: t('decisionComparison.weights.saved') });
    } catch (error) {
      const message =
        error instanceof DecisionError
          ? translate(`decisions.errors.${error.key}`, error.params)
          : isQuotaError(error)
            ? t('common.errors.quota')
            : describeError(error);
      notifications.show({ color: 'red', message });
    } finally {
      setSaving(false);
    }
  };
  return { save, saving };
};
