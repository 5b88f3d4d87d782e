import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAssessment } from '@renderer/data/assessments';
import { useChecklist } from '@renderer/data/checklists';
import { useSubjectName } from '@renderer/data/subjects';
import { paths } from '@renderer/paths';
import type { RiskSource } from '@shared/domain';

/**
 * Where a risk raised from a finding came from: the checklist, the item's reference and question, and the
 * assessment, linked, so the owner can read the answer and its evidence behind the risk.
 */
export const RiskOrigin = ({ source }: { source: RiskSource }) => {
  const { t } = useTranslation();
  const assessment = useAssessment(source.assessmentId);
  const checklist = useChecklist(assessment?.checklistId);
  const subjectName = useSubjectName(assessment ? assessment.subject : undefined);
  if (assessment === undefined || checklist === undefined) return null;
  if (assessment === null || checklist === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('risks.origin.gone')}
      </Text>
    );
  }
  const item = checklist.sections.flatMap((section) => section.items).find(({ id }) => id === source.itemId);
  return (
    <Text size="sm">
      {t('risks.origin.raisedFrom', {
        checklist: checklist.name,
        reference: item?.reference ?? source.itemId,
        question: item?.text ?? '—',
      })}{' '}
      <Anchor component={Link} to={paths.assessments.view(assessment.id)}>
        {t('assessments.page.title', {
          checklist: checklist.name,
          subject: subjectName || t('assessments.page.deletedSubject'),
        })}
      </Anchor>
    </Text>
  );
};
