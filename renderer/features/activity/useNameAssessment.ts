import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentNamer } from '@renderer/data/audit-names';

/** An assessment named as its page titles it: "checklist — subject". */
export const useNameAssessment = (): AssessmentNamer => {
  const { t } = useTranslation();
  return useCallback((checklist, subject) => t('activity.assessmentName', { checklist, subject }), [t]);
};
