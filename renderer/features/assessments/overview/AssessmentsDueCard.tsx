import { Anchor, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { assessmentDueDate, type Assessment, type DueAssessment } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { DueBadge } from '../AssessmentBadges';
import type { AssessmentLookups } from '../list/useAssessmentLookups';
import { paths } from '@renderer/paths';

/** How many due assessments the Dashboard names; the rest are counted, and found in the filtered list. */
const shown = 5;

interface AssessmentsDueCardProps {
  due: readonly DueAssessment<Assessment>[];
  lookups: AssessmentLookups;
}

/** Dashboard: assessments overdue and due within 30 days, counted, and the nearest ones linked. */
export const AssessmentsDueCard = ({ due, lookups }: AssessmentsDueCardProps) => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const overdue = due.filter((entry) => entry.due === 'overdue').length;

  return (
    <section aria-labelledby="assessments-due">
      <Title order={3} size="h4" id="assessments-due" mb={4}>
        {t('assessmentLists.dashboard.dueTitle')}
      </Title>
      <Text size="sm" c={overdue > 0 ? 'red' : undefined}>
        {t('assessmentLists.dashboard.overdueCount', { count: overdue })}
      </Text>
      <Text size="sm" mb="xs">
        {t('assessmentLists.dashboard.dueSoonCount', { count: due.length - overdue })}
      </Text>
      {due.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('assessmentLists.dashboard.noneDue')}
        </Text>
      ) : (
        <List spacing={4} aria-label={t('assessmentLists.dashboard.nearest')}>
          {due.slice(0, shown).map(({ assessment, due: state }) => (
            <List.Item key={assessment.id}>
              <Group gap="xs" wrap="nowrap">
                <Anchor component={Link} to={paths.assessments.view(assessment.id)} size="sm">
                  {t('assessmentLists.dashboard.dueEntry', {
                    subject:
                      lookups.names[assessment.subject.type].get(assessment.subject.id) ??
                      t('assessmentLists.deletedSubject'),
                    checklist:
                      lookups.checklistsById.get(assessment.checklistId)?.name ??
                      t('assessmentLists.deletedChecklist'),
                  })}
                </Anchor>
                <Text size="sm" span>
                  {formatDate(assessmentDueDate(assessment) ?? '')}
                </Text>
                <DueBadge due={state} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
};
