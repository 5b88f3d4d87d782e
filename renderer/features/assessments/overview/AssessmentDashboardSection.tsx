import { Anchor, Paper, SimpleGrid, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dueAssessments, frameworkCoverage } from '@shared/domain';
import { useAssessments } from '@renderer/data/assessments';
import { localToday } from '@shared/domain';
import { useAssessmentLookups } from '../list/useAssessmentLookups';
import { AssessmentsDueCard } from './AssessmentsDueCard';
import { FrameworkCoverageTable } from './FrameworkCoverageTable';
import { paths } from '@renderer/paths';

/** Dashboard: the assessments due and overdue, and how much of each framework has been covered. */
export const AssessmentDashboardSection = () => {
  const { t } = useTranslation();
  const assessments = useAssessments();
  const lookups = useAssessmentLookups();
  const today = localToday();
  const summary = useMemo(
    () =>
      assessments && lookups
        ? {
            due: dueAssessments(assessments, today),
            coverage: frameworkCoverage(lookups.checklists, assessments, lookups.names),
          }
        : undefined,
    [assessments, lookups, today],
  );
  if (!summary || !lookups) return null;

  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="assessment-dashboard">
      <Title order={2} size="h3" id="assessment-dashboard" mb="sm">
        <Anchor component={Link} to={paths.assessments.list} inherit>
          {t('assessmentLists.dashboard.title')}
        </Anchor>
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <AssessmentsDueCard due={summary.due} lookups={lookups} />
        <FrameworkCoverageTable coverage={summary.coverage} />
      </SimpleGrid>
    </Paper>
  );
};
