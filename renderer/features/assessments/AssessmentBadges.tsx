import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentDue, AssessmentStatus, Conclusion } from '@shared/domain';

const statusColours: Record<AssessmentStatus, string> = {
  draft: 'gray',
  'in-review': 'blue',
  approved: 'green',
};

const conclusionColours: Record<Conclusion, string> = {
  ok: 'green',
  warning: 'yellow',
  blocker: 'red',
  na: 'gray',
};

export const AssessmentStatusBadge = ({ status }: { status: AssessmentStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} variant="light">
      {t(`assessments.status.${status}`)}
    </Badge>
  );
};

/** The assessor's conclusion, or "Not concluded" in plain text while there is none. */
export const ConclusionBadge = ({ conclusion }: { conclusion: Conclusion | undefined }) => {
  const { t } = useTranslation();
  if (!conclusion) return <>{t('assessments.conclusion.none')}</>;
  return (
    <Badge color={conclusionColours[conclusion]} variant="light">
      {t(`assessments.conclusion.${conclusion}`)}
    </Badge>
  );
};

/** "Overdue" or "Due soon" next to a due date; nothing otherwise. */
export const DueBadge = ({ due }: { due: AssessmentDue }) => {
  const { t } = useTranslation();
  if (due === 'none') return null;
  return (
    <Badge color={due === 'overdue' ? 'red' : 'orange'} variant="light">
      {t(`assessmentLists.due.${due}`)}
    </Badge>
  );
};
