import { Anchor, DataList } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Assessment, Checklist } from '@shared/domain';
import { Fact } from '@renderer/ui/Fact';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { paths } from '@renderer/paths';

/** What the assessment is against and who took part: checklist and version, revision, due date, people. */
export const AssessmentFacts = memo(function AssessmentFacts({
  assessment,
  checklist,
}: {
  assessment: Assessment;
  checklist: Checklist;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <DataList labelWidth="160px">
      <Fact label={t('assessments.facts.status')}>{t(`assessments.status.${assessment.status}`)}</Fact>
      <Fact label={t('assessments.facts.checklist')}>
        <Anchor component={Link} to={paths.checklists.view(checklist.id)}>
          {checklist.name}
        </Anchor>
        {` · ${t('assessments.facts.version', { version: assessment.checklistVersion })}`}
      </Fact>
      <Fact label={t('assessments.facts.revision')}>{String(assessment.revision)}</Fact>
      <Fact label={t('assessments.facts.dueDate')}>
        {assessment.dueDate ? formatDate(assessment.dueDate) : '—'}
      </Fact>
      {assessment.nextReviewDate && (
        <Fact label={t('reviews.next.fact')}>{formatDate(assessment.nextReviewDate)}</Fact>
      )}
      <Fact label={t('assessments.facts.reviewer')}>{assessment.reviewer ?? '—'}</Fact>
      <Fact label={t('assessments.facts.approvedBy')}>
        {assessment.approvedBy && assessment.approvedAt
          ? t('assessments.facts.approvedOn', {
              approver: assessment.approvedBy,
              date: formatDate(assessment.approvedAt.slice(0, 10)),
            })
          : '—'}
      </Fact>
      <Fact label={t('assessments.facts.source')}>{checklist.source ?? '—'}</Fact>
    </DataList>
  );
});
