import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, nextRiskReview, riskReviewCycle, type Risk } from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { useReviewCycles } from '@renderer/data/review-cycles';
import { markRiskReviewed, useLastRiskReview } from '@renderer/data/risk-review';
import { localToday } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { DialogActions } from '@renderer/ui/DialogActions';

/** "Mark reviewed": records today's review and rolls the review date forward, as proposed or as chosen. */
export const MarkRiskReviewed = ({ risk }: { risk: Risk }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formatDate = useFormatDate();
  const cycles = useReviewCycles();
  const last = useLastRiskReview(risk.id);
  const [opened, setOpened] = useState(false);
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const today = localToday();
  const cycle = cycles ? riskReviewCycle(cycles, risk.category) : undefined;
  const proposed = cycles ? nextRiskReview(today, cycles, risk.category) : '';
  const category = t(`risks.category.${risk.category}`);

  const close = () => {
    setOpened(false);
    setChosen('');
    setProblem(undefined);
  };
  const confirm = async () => {
    setSaving(true);
    try {
      const reviewed = await markRiskReviewed(risk.id, chosen || undefined);
      notifications.show({
        color: 'green',
        message: t('reviews.risk.done', { date: formatDate(reviewed.reviewDate ?? '') }),
      });
      close();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  if (risk.status === 'closed') return null;
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t('reviews.risk.markReviewed')}
      </Button>
      {last && (
        <Text size="sm" c="dimmed" style={{ alignSelf: 'center' }}>
          {last.by
            ? t('reviews.risk.lastReviewed', { date: formatDate(last.on), actor: last.by })
            : t('reviews.risk.lastReviewedAnonymous', { date: formatDate(last.on) })}
        </Text>
      )}
      <Modal opened={opened} onClose={close} title={t('reviews.risk.title')}>
        <Stack>
          <Text size="sm">{t('reviews.risk.body')}</Text>
          <TextInput
            type="date"
            label={t('reviews.next.label')}
            description={
              cycle &&
              t(cycle.basis === 'category' ? 'reviews.risk.byCategory' : 'reviews.risk.byDefault', {
                months: cycle.months,
                category,
              })
            }
            min={addDays(today, 1)}
            value={chosen || proposed}
            onChange={(event) => setChosen(event.currentTarget.value)}
            required
            data-autofocus
          />
          {problem && (
            <Text c="red" size="sm" role="alert">
              {problem}
            </Text>
          )}
          <DialogActions>
            <Button variant="default" onClick={close}>
              {t('reviews.risk.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={saving} disabled={!cycles}>
              {t('reviews.risk.confirm')}
            </Button>
          </DialogActions>
        </Stack>
      </Modal>
    </>
  );
};
