import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday } from '@shared/domain';
import { latestRevisions } from '@shared/domain';
import { useDecisions } from '@renderer/data/decisions';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { DecisionStatusBadge } from './DecisionStatusBadge';
import { paths } from '@renderer/paths';

/** Days ahead in which a due date counts as soon. */
export const DUE_SOON_DAYS = 30;

const addDays = (date: string, days: number): string => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
};

/** The open decisions (not approved) on the Dashboard, soonest due first, those due soon or overdue marked. */
export const DecisionsDashboardSection = () => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const decisions = useDecisions();
  const today = localToday();
  // A handful of decisions: sorting them on each render costs nothing.
  const open = latestRevisions(decisions ?? [])
    .filter((decision) => decision.status !== 'approved')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  if (!decisions || decisions.length === 0) return null;
  const soon = addDays(today, DUE_SOON_DAYS);

  return (
    <Stack gap="xs" component="section" aria-labelledby="dashboard-decisions">
      <Title order={2} size="h3" id="dashboard-decisions">
        {t('decisions.dashboard.title')}
      </Title>
      {open.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('decisions.dashboard.none')}
        </Text>
      ) : (
        <List listStyleType="none" spacing={4}>
          {open.slice(0, 10).map((decision) => (
            <List.Item key={decision.id}>
              <Group gap="xs">
                <Anchor component={Link} to={paths.decisions.view(decision.id)}>
                  {decision.question}
                </Anchor>
                <DecisionStatusBadge status={decision.status} />
                {decision.dueDate && (
                  <Text size="sm" c={decision.dueDate < today ? 'red' : undefined}>
                    {t('decisions.dashboard.due', { date: formatDate(decision.dueDate) })}
                  </Text>
                )}
                {decision.dueDate && decision.dueDate <= soon && (
                  <Badge color={decision.dueDate < today ? 'red' : 'orange'} variant="light">
                    {t(
                      decision.dueDate < today
                        ? 'decisions.dashboard.overdue'
                        : 'decisions.dashboard.dueSoon',
                    )}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Anchor component={Link} to={paths.decisions.list} size="sm">
        {t('decisions.dashboard.all', { count: open.length })}
      </Anchor>
    </Stack>
  );
};
