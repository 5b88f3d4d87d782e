import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays, type Assessment } from '@shared/domain';
import { useProposedReview } from '@renderer/data/review-cycles';
import { localToday } from '@shared/domain';

interface NextReviewFieldProps {
  assessment: Pick<Assessment, 'checklistId' | 'subject'>;
  /** The approver's own date; empty keeps the proposed one. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * In the approval dialog: when the assessment falls due again, proposed from the review cycles (the
 * checklist's own, or the subject's tier) with the reason, and editable. The approval command computes the
 * same proposal when none is given, so what is shown is what is written.
 */
export const NextReviewField = ({ assessment, value, onChange }: NextReviewFieldProps) => {
  const { t } = useTranslation();
  const today = localToday();
  const proposed = useProposedReview(assessment, today);
  const description = proposed
    ? proposed.cycle.basis === 'checklist'
      ? t('reviews.next.byChecklist', { months: proposed.cycle.months })
      : t('reviews.next.byTier', {
          months: proposed.cycle.months,
          tier: t(`reviews.tier.${proposed.tier}`),
        })
    : undefined;
  return (
    <TextInput
      type="date"
      label={t('reviews.next.label')}
      description={description}
      min={addDays(today, 1)}
      value={value || proposed?.date || ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      required
    />
  );
};
